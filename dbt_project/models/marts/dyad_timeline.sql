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

dyad_articles as (
    {{ rows_of_touched_months('dyad_articles', 'recomputed_months') }}
),

facts as (
    {{ rows_of_touched_months('numeric_facts', 'recomputed_months') }}
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

recomputed as (
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

{%- if is_incremental() %}
    ,

    -- the (dyad, month) rows the new articles touch, but for those recomputed
    added_months as (
        select
            country_a,
            country_b,
            month_start
        from ({{ touched_dyad_months(['dyad_articles', 'numeric_facts']) }}) as touched
        except
        select
            country_a,
            country_b,
            month_start
        from recomputed_months
    ),

    new_articles as (
        select
            article_id,
            date_trunc('month', published_date)::date as month_start
        from {{ ref('articles') }}
        where
            {{ is_new_article('article_id', 'load_seq') }}
            and is_canonical
            and published_date is not null
    ),

    new_monthly_articles as (
        select
            dyad_articles.country_a,
            dyad_articles.country_b,
            new_articles.month_start,
            count(distinct dyad_articles.article_id) as article_count,
            sum(dyad_articles.strength) as total_strength
        from (
            select * from {{ ref('dyad_articles') }}
            where {{ is_new_article('article_id', 'load_seq') }}
        ) as dyad_articles
        inner join new_articles on dyad_articles.article_id = new_articles.article_id
        semi join added_months
            on
                dyad_articles.country_a = added_months.country_a
                and dyad_articles.country_b = added_months.country_b
                and new_articles.month_start = added_months.month_start
        group by all
    ),

    new_monthly_facts as (
        select
            numeric_facts.country_a,
            numeric_facts.country_b,
            new_articles.month_start,
            count(*) as fact_count
        from (
            select * from {{ ref('numeric_facts') }}
            where {{ is_new_article('article_id', 'load_seq') }}
        ) as numeric_facts
        inner join new_articles on numeric_facts.article_id = new_articles.article_id
        semi join added_months
            on
                numeric_facts.country_a = added_months.country_a
                and numeric_facts.country_b = added_months.country_b
                and new_articles.month_start = added_months.month_start
        group by all
    ),

    stored as (
        select previous.*
        from {{ this }} as previous
        semi join added_months using (country_a, country_b, month_start)
    ),

    -- a fact's dyad is a dyad of its article (numeric_facts), so a month with a new fact has a row
    added as (
        select
            added_months.country_a,
            added_months.country_b,
            added_months.month_start,
            coalesce(stored.article_count, 0) + coalesce(new_monthly_articles.article_count, 0) as article_count,
            coalesce(stored.fact_count, 0) + coalesce(new_monthly_facts.fact_count, 0) as fact_count,
            case
                when stored.total_strength is not null or new_monthly_articles.total_strength is not null
                    then coalesce(stored.total_strength, 0) + coalesce(new_monthly_articles.total_strength, 0)
            end as total_strength
        from added_months
        left join stored using (country_a, country_b, month_start)
        left join new_monthly_articles using (country_a, country_b, month_start)
        left join new_monthly_facts using (country_a, country_b, month_start)
        where stored.country_a is not null or new_monthly_articles.country_a is not null
    ),

    final as (
        select * from recomputed
        union all
        select * from added
    )

{%- else %}
    ,

    final as (
        select * from recomputed
    )

{%- endif %}

select * from final
