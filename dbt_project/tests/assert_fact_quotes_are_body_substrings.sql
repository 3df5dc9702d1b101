-- Provenance: every quote is exactly the text of its source field (articles.body, or
-- articles.title when source_field = 'title') at its offsets. A body quote inside its sentence is
-- read from the sentence's text (body[char_start:char_end] of the sentence): slicing the body
-- costs time proportional to the offset, so a long article would cost the square of its length,
-- and each row carrying the body would hold a copy of it. Only a quote reaching outside its
-- sentence is read from the body. A title is short: its quotes are read from it.
-- Sentences and articles are read for the tested articles only, like the facts: an incremental
-- build then reads the texts of its new articles, not every stored sentence and body.
with sentences as (
    select * from {{ ref('stg_sentences') }}
    where {{ in_tested_articles('article_id', 'load_seq') }}
),

articles as (
    select * from {{ ref('articles') }}
    where {{ in_tested_articles('article_id') }}
),

facts as (
    select
        f.fact_id,
        f.article_id,
        f.source_field,
        f.char_start,
        f.char_end,
        f.quote,
        s.sentence_text,
        coalesce(s.char_start <= f.char_start and f.char_end <= s.char_end, false) as in_sentence,
        f.char_start - s.char_start as sentence_offset
    from {{ ref('numeric_facts') }} as f
    -- the key is NULL for a title fact: a condition on the fact alone in the ON clause would make
    -- the join a nested loop of every fact with every sentence (cost: the square of the batch)
    left join sentences as s
        on
            f.article_id = s.article_id
            and s.sentence_idx = case when f.source_field = 'body' then f.sentence_idx end
    where {{ in_tested_articles('f.article_id') }}
)

select fact_id
from facts
where
    source_field = 'body'
    and in_sentence
    and substr(sentence_text, sentence_offset + 1, char_end - char_start) != quote
union all
select facts.fact_id
from facts
inner join articles as a on facts.article_id = a.article_id
where
    facts.source_field = 'body'
    and not facts.in_sentence
    and substr(a.body, facts.char_start + 1, facts.char_end - facts.char_start) != facts.quote
union all
select facts.fact_id
from facts
inner join articles as a on facts.article_id = a.article_id
where
    facts.source_field = 'title'
    and coalesce(substr(a.title, facts.char_start + 1, facts.char_end - facts.char_start) != facts.quote, true)
union all
select fact_id
from facts
where source_field is null or source_field not in ('body', 'title')
