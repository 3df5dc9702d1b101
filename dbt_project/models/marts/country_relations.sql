with dyads as (
    select * from {{ ref('dyad_articles') }}
),

articles as (
    select
        article_id,
        published_date
    from {{ ref('articles') }}
),

facts as (
    select
        country_a,
        country_b,
        count(*) as fact_count
    from {{ ref('numeric_facts') }}
    where country_a is not null
    group by country_a, country_b
),

pairs as (
    select
        dyads.country_a,
        dyads.country_b,
        count(distinct dyads.article_id) as article_count,
        sum(dyads.strength) as total_strength,
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
