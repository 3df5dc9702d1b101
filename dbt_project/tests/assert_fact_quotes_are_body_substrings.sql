-- Provenance: every quote is exactly the body text at its offsets. A quote inside its sentence is
-- read from the sentence's text (body[char_start:char_end] of the sentence): slicing the body
-- costs time proportional to the offset, so a long article would cost the square of its length.
-- A quote reaching outside its sentence is read from the body.
select f.fact_id
from {{ ref('numeric_facts') }} as f
inner join {{ ref('articles') }} as a on f.article_id = a.article_id
left join {{ ref('stg_sentences') }} as s
    on f.article_id = s.article_id and f.sentence_idx = s.sentence_idx
where
    case
        when s.char_start <= f.char_start and f.char_end <= s.char_end
            then substr(s.sentence_text, f.char_start - s.char_start + 1, f.char_end - f.char_start)
        else substr(a.body, f.char_start + 1, f.char_end - f.char_start)
    end != f.quote
    and {{ in_tested_articles('f.article_id') }}
