{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
-- Topic keywords per sentence: how many tokens of the sentence signal each topic, and which.
with matches as (
    select * from {{ ref('int_keyword_matches') }}
    where
        keyword_set = 'topic'
        and {{ is_new_article('article_id') }}
),

final as (
    select
        article_id,
        sentence_idx,
        category as topic,
        count(*) as keyword_count,
        sum(weight) as keyword_score,
        list(matched_text order by token_idx) as evidence,
        list(distinct stem order by stem) as matched_stems
    from matches
    group by article_id, sentence_idx, category
)

select * from final
