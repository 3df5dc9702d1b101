-- Provenance: every quote is exactly the text of its source field (articles.body, or
-- articles.title when source_field = 'title') at its offsets. A body quote inside its sentence is
-- read from the sentence's text (body[char_start:char_end] of the sentence): slicing the body
-- costs time proportional to the offset, so a long article would cost the square of its length,
-- and each row carrying the body would hold a copy of it. Only a quote reaching outside its
-- sentence is read from the body. A title is short: its quotes are read from it.
-- Sentences and articles are read for the tested articles only, like the facts: an incremental
-- build then reads the texts of its new articles, not every stored sentence and body.
--
-- Memory: one join of the facts with their sentences, streamed; what it leaves to read from the
-- article (titles' quotes, body quotes past their sentence, sentences that disagree) is narrow and
-- held (flagged); only the bodies of the articles of body quotes past their sentence are read.
-- The other CTEs stream (NOT MATERIALIZED: a CTE read twice is otherwise held whole, every
-- sentence's text and article's body at once, which a full build of a large warehouse cannot).
with sentences as not materialized (
    select * from {{ ref('stg_sentences') }}
    where {{ in_tested_articles('article_id', 'load_seq') }}
),

articles as not materialized (
    select * from {{ ref('articles') }}
    where {{ in_tested_articles('article_id') }}
),

checked as not materialized (
    select
        f.fact_id,
        f.article_id,
        f.source_field,
        f.char_start,
        f.char_end,
        f.quote,
        case
            when f.source_field = 'body' and s.char_start <= f.char_start and f.char_end <= s.char_end
                then substr(s.sentence_text, f.char_start - s.char_start + 1, f.char_end - f.char_start) = f.quote
        end as sentence_says
    from {{ ref('numeric_facts') }} as f
    -- the key is NULL for a title fact: a condition on the fact alone in the ON clause would make
    -- the join a nested loop of every fact with every sentence (cost: the square of the batch)
    left join sentences as s
        on
            f.article_id = s.article_id
            and s.sentence_idx = case when f.source_field = 'body' then f.sentence_idx end
    where {{ in_tested_articles('f.article_id') }}
),

-- the facts their sentence does not vouch for: it disagrees (sentence_says false), or there is
-- none to ask (NULL: a title's quote, a body quote reaching past its sentence or without one,
-- another source field). Narrow rows, and only these: held.
flagged as materialized (
    select * from checked
    where sentence_says is distinct from true
),

-- the articles of body quotes past their sentence, as one list unnested: DuckDB then hashes these
-- ids and streams the articles past them, keeping only their bodies (joined with the flagged
-- facts directly, it could hold every article's body to probe the facts against them)
outside_articles as (
    select list(distinct flagged.article_id) as article_ids
    from flagged
    where flagged.source_field = 'body' and flagged.sentence_says is null
),

outside_bodies as not materialized (
    select
        articles.article_id,
        articles.body
    from articles
    inner join (select unnest(article_ids) as article_id from outside_articles) as outside
        on articles.article_id = outside.article_id
)

select fact_id
from flagged
where sentence_says = false
union all
select flagged.fact_id
from flagged
inner join outside_bodies as b on flagged.article_id = b.article_id
where
    flagged.source_field = 'body'
    and flagged.sentence_says is null
    and substr(b.body, flagged.char_start + 1, flagged.char_end - flagged.char_start) != flagged.quote
union all
select flagged.fact_id
from flagged
inner join articles as a on flagged.article_id = a.article_id
where
    flagged.source_field = 'title'
    and coalesce(substr(a.title, flagged.char_start + 1, flagged.char_end - flagged.char_start) != flagged.quote, true)
union all
select fact_id
from flagged
where source_field is null or source_field not in ('body', 'title')
