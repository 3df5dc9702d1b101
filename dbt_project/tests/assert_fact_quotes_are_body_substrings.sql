-- Provenance: every quote is exactly the text of its source field (articles.body, or
-- articles.title when source_field = 'title') at its offsets. A body quote inside its sentence is
-- read from the sentence's text (body[char_start:char_end] of the sentence): slicing the body
-- costs time proportional to the offset, so a long article would cost the square of its length,
-- and each row carrying the body would hold a copy of it. Only a quote reaching outside its
-- sentence is read from the body. A title is short: its quotes are read from it.
-- Sentences and articles are read for the tested articles only, like the facts: an incremental
-- build then reads the texts of its new articles, not every stored sentence and body.
with sentences as not materialized (
    select * from {{ ref('stg_sentences') }}
    where {{ in_tested_articles('article_id', 'load_seq') }}
),

articles as not materialized (
    select * from {{ ref('articles') }}
    where {{ in_tested_articles('article_id') }}
),

-- Every CTE is read by several branches: NOT MATERIALIZED, each branch streams its rows through
-- its joins; materialized (DuckDB's default for a CTE read twice), every tested sentence's text,
-- article's body and fact would be held in memory at once, which a full build of a large
-- warehouse cannot (50,000 articles: out of memory at 256 MB). The sentence join is made for
-- body facts only.
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
),

outside_facts as not materialized (  -- rare: a quote reaching outside its sentence
    select
        fact_id,
        article_id,
        char_start,
        char_end,
        quote
    from body_facts
    where not in_sentence
),

-- the bodies of only the articles such a quote is in: a join with every article would hold
-- every body in its hash table
outside_bodies as not materialized (
    select
        article_id,
        body
    from articles
    where article_id in (select outside_facts.article_id from outside_facts)
)

select fact_id
from body_facts
where
    in_sentence
    and substr(sentence_text, sentence_offset + 1, char_end - char_start) != quote
union all
select outside_facts.fact_id
from outside_facts
inner join outside_bodies as b on outside_facts.article_id = b.article_id
where substr(b.body, outside_facts.char_start + 1, outside_facts.char_end - outside_facts.char_start) != outside_facts.quote
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
