-- Provenance: every quote is exactly the body text at its offsets.
select f.fact_id
from {{ ref('numeric_facts') }} as f
inner join {{ ref('articles') }} as a on f.article_id = a.article_id
where substr(a.body, f.char_start + 1, f.char_end - f.char_start) != f.quote
    and {{ in_tested_articles('f.article_id') }}
