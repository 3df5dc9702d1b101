{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['country_a', 'country_b'],
    pre_hook="{{ delete_rebuilt_pairs(['dyad_articles', 'numeric_facts']) }}",
) }}

-- A story republished by several sites (near-duplicates) counts once: articles are counted by
-- their canonical article, facts only from canonical articles. A version superseded by a newer
-- version of the same source is not counted.
-- Incremental: a load recomputes the pairs its new articles touch, over all their articles (and
-- the pairs of the older articles whose canonical or version status they change: is_rebuilt_article).
with touched_pairs as (
    select
        country_a,
        country_b
    from {{ ref('dyad_articles') }}
    where {{ is_rebuilt_article('article_id') }}
    union
    select
        country_a,
        country_b
    from {{ ref('numeric_facts') }}
    where country_a is not null and {{ is_rebuilt_article('article_id') }}
),

dyads as (
    select dyad_articles.*
    from {{ ref('dyad_articles') }} as dyad_articles
    semi join touched_pairs using (country_a, country_b)
),

articles as (
    select
        article_id,
        canonical_article_id,
        is_canonical,
        published_date
    from {{ ref('articles') }}
    where superseded_by_article_id is null
),

facts as (
    select
        numeric_facts.country_a,
        numeric_facts.country_b,
        count(*) as fact_count
    from {{ ref('numeric_facts') }} as numeric_facts
    semi join touched_pairs using (country_a, country_b)
    inner join articles on numeric_facts.article_id = articles.article_id
    where numeric_facts.country_a is not null and articles.is_canonical
    group by numeric_facts.country_a, numeric_facts.country_b
),

pairs as (
    select
        dyads.country_a,
        dyads.country_b,
        count(distinct articles.canonical_article_id) as article_count,
        count(distinct dyads.article_id) as article_versions,
        sum(dyads.strength) filter (where articles.is_canonical) as total_strength,
        min(articles.published_date) as first_published,
        max(articles.published_date) as last_published
    from dyads
    inner join articles on dyads.article_id = articles.article_id
    group by dyads.country_a, dyads.country_b
),

final as (
    select
        pairs.country_a,
        pairs.country_b,
        pairs.article_count,
        pairs.article_versions,
        coalesce(facts.fact_count, 0) as fact_count,
        pairs.total_strength,
        pairs.first_published,
        pairs.last_published
    from pairs
    left join facts
        on
            pairs.country_a = facts.country_a
            and pairs.country_b = facts.country_b
)

select * from final
