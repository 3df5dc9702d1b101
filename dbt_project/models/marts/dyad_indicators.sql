-- One reconciled value per dyad, direction (flows), metric, unit, kind and period.
-- Facts enter when they have a dyad, a period as dates and a known unit, state a level (not a
-- change: growth, 'increase'/'decrease'/'from'), are the country's (scope national, not a region's)
-- and their article is not superseded. Sources are counted by canonical article: near-duplicates
-- of one story count once.
-- status: agreed (every fact gives the same value, in the same words: "более 2 млрд" twice),
-- rounded (the ranges their wording allows overlap: "почти 39 млрд" and "38,6 млрд"), conflicting
-- (they do not: reconciled_value is NULL). A range stated ("от 300 до 500 млн") agrees with the
-- figures inside it but is no single value: reconciled_value is the most precise point figure,
-- NULL when every fact is a range (value_min/value_max give the range). A bound ("более 11 млрд")
-- is no single value either: it agrees with the figures its wording allows, gives no
-- reconciled_value of its own, and leaves value_max (value_min for "менее") NULL unless another
-- fact of the row states a value beyond it. Plans and forecasts (kind
-- target / forecast) are rows of their own, never reconciled with actuals.
-- Validation: a fact that marts.numeric_facts flags (is_valid = false, set by the Great
-- Expectations checkpoint after dbt: flows/validation.py) is left out of status, value, band,
-- sources and facts, and counted in flagged_fact_count (listed in flagged_facts). An indicator
-- whose every fact is flagged keeps its row: status flagged, no value.
-- Incremental: a load recomputes the indicators its articles' facts fall in (and those of the
-- older articles whose canonical or version status they change: macro touched_indicators), over
-- every fact of those indicators, with the flags of earlier runs. The facts this run's checkpoint
-- flags reach their indicators in a second, targeted build of this model (var
-- indicators_of_flagged_facts; flows/transform.py rebuild_flagged_indicators), run only when the
-- checkpoint flagged any.
with touched_indicators as (
    {{ touched_indicators() }}
),

candidates as (
    -- the facts of the touched indicators' dyads, metrics, units and period starts: few rows to
    -- compute the key of
    select int_fact_indicators.*
    from {{ ref('int_fact_indicators') }} as int_fact_indicators
    semi join touched_indicators
        on
            int_fact_indicators.country_a = touched_indicators.country_a
            and int_fact_indicators.country_b = touched_indicators.country_b
            and int_fact_indicators.metric = touched_indicators.metric
            and int_fact_indicators.unit = touched_indicators.unit
            and int_fact_indicators.period_start = touched_indicators.period_start
),

indicators as (
    select candidates.*
    from candidates
    semi join touched_indicators on {{ indicator_id('candidates') }} = touched_indicators.indicator_id
),

flagged as (
    select fact_id from {{ ref('numeric_facts') }}
    where not is_valid
),

articles as (
    select
        article_id,
        canonical_article_id,
        publisher,
        published_date
    from {{ ref('articles') }}
    where superseded_by_article_id is null
),

facts as (
    select
        indicators.*,
        articles.canonical_article_id,
        articles.publisher,
        articles.published_date,
        indicators.wording_high - indicators.wording_low as wording_width,
        -- a count stated as of a publication date is about the thing it counts ("40 субъектов
        -- хозяйствования" and "55 казахских компаний" of one article are two counts)
        case when indicators.period_granularity = 'as_of' then indicators.counted_lemma end as counted_subject,
        indicators.fact_id not in (select flagged.fact_id from flagged) as is_reconciled,
        -- a bound states one end of the value only: "более 11 млрд" (> 11 bn), "менее 5 млн" (< 5 mn)
        indicators.value_high is null and indicators.comparator in ('>', '>=') as is_open_above,
        indicators.value_high is null and indicators.comparator in ('<', '<=') as is_open_below
    from indicators
    inner join articles on indicators.article_id = articles.article_id
    where
        indicators.country_a is not null
        and indicators.period_start is not null
        and indicators.unit_kind != 'unknown'
        and indicators.unit != 'XXX'
        and indicators.metric not in ('growth', 'other', 'price', 'rate')  -- a price or rate is no level of a period
        and indicators.scope is distinct from 'subnational'  -- a region's or city's figure is not its country's
        and coalesce(indicators.change, '') not in ('increase', 'decrease', 'from')
),

grouped as (
    -- the aggregates of the reconciled facts (is_reconciled); flagged facts are only counted and listed
    select
        country_a,
        country_b,
        origin_country,
        destination_country,
        metric,
        unit,
        modality as kind,
        period_start,
        period_end,
        counted_subject,
        any_value(period_label) as period_label,
        any_value(period_granularity) as period_granularity,
        -- a range's band whichever end was written first ("9-5 км" spans 5 to 9); a bound ("более
        -- 11 млрд", "менее 5 млн") gives one end only: the other end comes from the other facts
        min(least(value, coalesce(value_high, value))) filter (where is_reconciled and not is_open_below)
            as stated_min,
        max(greatest(value, coalesce(value_high, value))) filter (where is_reconciled and not is_open_above)
            as stated_max,
        min(value) filter (where is_reconciled and is_open_below) as open_below_at,
        max(value) filter (where is_reconciled and is_open_above) as open_above_at,
        max(wording_low) filter (where is_reconciled) as common_low,
        min(wording_high) filter (where is_reconciled) as common_high,
        count(distinct [value, coalesce(value_high, value)]) filter (where is_reconciled) = 1
        and count(distinct comparator) filter (where is_reconciled) = 1 as all_equal,
        -- a range ("от 300 до 500 млн") is no single value: the most precise value is a point's
        arg_min(value, [wording_width, -value]) filter (
            where is_reconciled and value_high is null and not is_open_below and not is_open_above
        ) as most_precise_value,
        count(distinct canonical_article_id) filter (where is_reconciled) as source_count,
        count(*) filter (where is_reconciled) as fact_count,
        count(*) filter (where not is_reconciled) as flagged_fact_count,
        -- (no ordered list aggregate here: DuckDB holds the state of one per group in memory, past
        -- its memory limit; a list sorted afterwards holds the same values in the same order)
        list_sort(list_distinct(list(publisher) filter (where is_reconciled and publisher is not null)))
            as publishers,
        min(published_date) filter (where is_reconciled) as first_reported,
        max(published_date) filter (where is_reconciled) as last_reported,
        {{ facts_in_report_order('is_reconciled') }} as facts,
        {{ facts_in_report_order('not is_reconciled') }} as flagged_facts
    from facts
    group by all
),

final as (
    select
        md5(concat_ws(
            '|', country_a, country_b, origin_country, destination_country, metric, unit, kind,
            period_start, period_end, counted_subject
        )) as indicator_id,
        country_a,
        country_b,
        origin_country,
        destination_country,
        metric,
        unit,
        kind,
        period_start,
        period_end,
        period_label,
        period_granularity,
        counted_subject,
        case
            when fact_count = 0 then 'flagged'
            when all_equal then 'agreed'
            when common_low <= common_high then 'rounded'
            else 'conflicting'
        end as status,
        case when all_equal or common_low <= common_high then most_precise_value end as reconciled_value,
        -- the lowest and highest value the facts state; NULL at an end a bound leaves open beyond
        -- every other fact ("более 11 млрд" alone: value_min 11 bn, value_max NULL)
        case
            when open_below_at is null then stated_min
            when stated_min <= open_below_at then stated_min
        end as value_min,
        case
            when open_above_at is null then stated_max
            when stated_max >= open_above_at then stated_max
        end as value_max,
        source_count,
        fact_count,
        flagged_fact_count,
        publishers,
        first_reported,
        last_reported,
        coalesce(facts, []) as facts,
        coalesce(flagged_facts, []) as flagged_facts
    from grouped
)

select * from final
