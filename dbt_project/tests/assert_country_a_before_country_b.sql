-- Pairs are stored once, ordered: country_a < country_b.
select article_id, country_a, country_b
from {{ ref('dyad_articles') }}
where country_a >= country_b
    and {{ in_tested_articles() }}
