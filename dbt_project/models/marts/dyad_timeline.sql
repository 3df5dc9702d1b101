-- One row per dyad and month of publication. Canonical articles only: a story republished by
-- several sites counts once.
-- Incremental: a load recomputes the dyads its new articles touch, over all their articles (and
-- the dyads of the older articles whose canonical or version status they change: is_rebuilt_article).
with touched_dyads as (
    {{ touched_dyads(['dyad_articles', 'numeric_facts']) }}
),

dyad_articles as (
    {{ rows_of_touched_dyads('dyad_articles') }}
),

articles as (
    {{ dated_canonical_articles() }}
),

facts as (
    {{ rows_of_touched_dyads('numeric_facts') }}
),

monthly_articles as (
    select
        dyad_articles.country_a,
        dyad_articles.country_b,
        date_trunc('month', articles.published_date)::date as month_start,
        count(distinct dyad_articles.article_id) as article_count,
        sum(dyad_articles.strength) as total_strength
    from dyad_articles
    inner join articles on dyad_articles.article_id = articles.article_id
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
