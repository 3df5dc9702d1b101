-- One row per dyad and month of publication. Canonical articles only: a story republished by
-- several sites counts once.
-- Incremental: a load that only adds articles adds their counts to the stored (dyad, month) rows
-- they touch (exact: a canonical article is counted once, by its own id, and a new article never
-- takes the canonical status from an older one: int_article_canonical). The (dyad, month) rows of
-- older articles whose canonical or version status the load changes (macro recomputed_dyad_months)
-- are recomputed over all the articles of those dyads published in those months.
with recomputed_months as (
    {{ recomputed_dyad_months(['dyad_articles', 'numeric_facts']) }}
),

articles as (
    {{ canonical_articles_of_touched_months('recomputed_months') }}
),

{%- if is_incremental() %}

    added_months as (
        {{ added_dyad_months(['dyad_articles', 'numeric_facts']) }}
    ),

    new_articles as (
        {{ new_canonical_articles() }}
    ),

{%- endif %}

dyad_articles as (
    {{ rows_of_dyad_months('dyad_articles') }}
),

facts as (
    {{ rows_of_dyad_months('numeric_facts') }}
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

-- a fact's dyad is a dyad of its article (numeric_facts), so a month with facts has articles
monthly as (
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
),

{%- if is_incremental() %}

    stored as (
        select
            previous.country_a,
            previous.country_b,
            previous.month_start,
            previous.article_count,
            previous.fact_count,
            previous.total_strength
        from {{ this }} as previous
        semi join added_months using (country_a, country_b, month_start)
    ),

    -- the recomputed rows, and for the added ones the stored row and the new articles' summed
    final as (
        select
            country_a,
            country_b,
            month_start,
            sum(article_count)::bigint as article_count,
            sum(fact_count)::bigint as fact_count,
            sum(total_strength) as total_strength
        from (
            select * from monthly
            union all
            select * from stored
        ) as parts
        group by all
    )

{%- else %}

    final as (
        select * from monthly
    )

{%- endif %}

select * from final
