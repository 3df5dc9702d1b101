-- Each article's canonical article: the first ingested among itself and its near-duplicates.
-- Incremental: only new articles get a row. An older article keeps its canonical, since every
-- article a later load adds was ingested after it.
{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}

with articles as (
    select
        article_id,
        ingested_at
    from {{ ref('stg_articles') }}
),

pairs as (
    select * from {{ ref('int_near_duplicates') }}
    where {{ is_new_article('article_id_a') }} or {{ is_new_article('article_id_b') }}
),

neighbours as (
    select
        article_id,
        article_id as other_id,
        1.0 as similarity
    from articles
    where {{ is_new_article('article_id') }}
    union all
    select
        article_id_a as article_id,
        article_id_b as other_id,
        similarity
    from pairs
    union all
    select
        article_id_b as article_id,
        article_id_a as other_id,
        similarity
    from pairs
),

ranked as (
    select
        neighbours.article_id,
        neighbours.other_id as canonical_article_id,
        neighbours.similarity
    from neighbours
    inner join articles as other on neighbours.other_id = other.article_id
    qualify row_number() over (
        partition by neighbours.article_id order by other.ingested_at, other.article_id
    ) = 1
),

final as (
    select
        article_id,
        canonical_article_id,
        article_id = canonical_article_id as is_canonical,
        case when article_id = canonical_article_id then null else similarity end as similarity_to_canonical
    from ranked
    where {{ is_new_article('article_id') }}
)

select * from final
