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

-- The CTEs are read by several branches: NOT MATERIALIZED, each branch streams its rows instead of
-- DuckDB holding every tested fact (with its sentence's text) in memory at once, which a full
-- build of a large warehouse could not. The sentence join is made for body facts only.
facts as not materialized (
    select
        f.fact_id,
        f.article_id,
        f.source_field,
        f.sentence_idx,
        f.char_start,
        f.char_end,
        f.quote
    from {{ ref('numeric_facts') }} as f
    where {{ in_tested_articles('f.article_id') }}
),

body_facts as not materialized (
    select
        f.fact_id,
        f.article_id,
        f.char_start,
        f.char_end,
        f.quote,
        s.sentence_text,
        coalesce(s.char_start <= f.char_start and f.char_end <= s.char_end, false) as in_sentence,
        f.char_start - s.char_start as sentence_offset
    from facts as f
    left join sentences as s
        on
            f.article_id = s.article_id
            and f.sentence_idx = s.sentence_idx
    where f.source_field = 'body'
)

select fact_id
from body_facts
where
    in_sentence
    and substr(sentence_text, sentence_offset + 1, char_end - char_start) != quote
union all
select body_facts.fact_id
from body_facts
inner join articles as a on body_facts.article_id = a.article_id
where
    not body_facts.in_sentence
    and substr(a.body, body_facts.char_start + 1, body_facts.char_end - body_facts.char_start) != body_facts.quote
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
