{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
-- Why two countries form a pair in an article: they are named in one sentence, or joined in a
-- compound adjective ("белорусско-китайского"), which is the strongest signal.
with mentions as (
    select * from {{ ref('int_country_mentions') }}
    where {{ is_new_article('article_id') }}
),

sentence_countries as (
    select distinct
        article_id,
        sentence_idx,
        country_code
    from mentions
),

co_mentions as (
    select
        a.article_id,
        a.sentence_idx,
        a.country_code as country_a,
        b.country_code as country_b,
        'sentence' as evidence_kind,
        1.0 as weight
    from sentence_countries as a
    inner join sentence_countries as b
        on
            a.article_id = b.article_id
            and a.sentence_idx = b.sentence_idx
            and a.country_code < b.country_code
),

compounds as (
    select
        stem.article_id,
        stem.sentence_idx,
        least(stem.country_code, head.country_code) as country_a,
        greatest(stem.country_code, head.country_code) as country_b,
        'compound' as evidence_kind,
        2.0 as weight
    from mentions as stem
    inner join mentions as head
        on
            stem.article_id = head.article_id
            and head.token_idx = stem.token_idx + stem.n_tokens
    where
        stem.form_kind = 'compound_stem'
        and stem.hyphen_after
        and stem.country_code != head.country_code
),

final as (
    select * from co_mentions
    union all
    select * from compounds
)

select * from final
