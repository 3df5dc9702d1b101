-- One row per dyad and month of publication. Canonical articles only: a story republished by
-- several sites counts once.
-- Incremental: a load recomputes the (dyad, month) rows its new articles touch (and those of the
-- older articles whose canonical or version status they change: macro touched_dyad_months), over
-- all the articles of those dyads published in those months.
with touched_months as (
    {{ touched_dyad_months(['dyad_articles', 'numeric_facts']) }}
),

articles as (
    {{ canonical_articles_of_touched_months() }}
),

dyad_articles as (
    {{ rows_of_touched_months('dyad_articles') }}
),

facts as (
    {{ rows_of_touched_months('numeric_facts') }}
),

monthly_articles as (
    select
        country_a,
        country_b,
        month_start,
        count(distinct article_id) as article_count,
        sum(strength) as total_strength
    from dyad_articles
    group by all
),

monthly_facts as (
    select
        country_a,
        country_b,
        month_start,
        count(*) as fact_count
    from facts
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
