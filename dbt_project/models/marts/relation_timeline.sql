{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key=['country_a', 'country_b'],
    pre_hook="{{ delete_rebuilt_pairs(['dyad_articles', 'numeric_facts']) }}",
) }}

-- Canonical articles only: a story republished by several sites counts once.
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
        published_date
    from {{ ref('articles') }}
    where published_date is not null and is_canonical
),

facts as (
    select numeric_facts.*
    from {{ ref('numeric_facts') }} as numeric_facts
    semi join touched_pairs using (country_a, country_b)
),

monthly_articles as (
    select
        dyads.country_a,
        dyads.country_b,
        date_trunc('month', articles.published_date)::date as month_start,
        count(distinct dyads.article_id) as article_count,
        sum(dyads.strength) as total_strength
    from dyads
    inner join articles on dyads.article_id = articles.article_id
    group by all
),

monthly_facts as (
    select
        facts.country_a,
        facts.country_b,
        date_trunc('month', articles.published_date)::date as month_start,
        count(*) as fact_count
    from facts
    inner join articles on facts.article_id = articles.article_id
    where facts.country_a is not null
    group by all
),

final as (
    select
        monthly_articles.country_a,
        monthly_articles.country_b,
        monthly_articles.month_start,
        monthly_articles.article_count,
        coalesce(monthly_facts.fact_count, 0) as fact_count,
        monthly_articles.total_strength
    from monthly_articles
    left join monthly_facts
        on
            monthly_articles.country_a = monthly_facts.country_a
            and monthly_articles.country_b = monthly_facts.country_b
            and monthly_articles.month_start = monthly_facts.month_start
)

select * from final
