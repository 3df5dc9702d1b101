-- One row per dyad and month of publication: how cooperative or conflictual the dyad's sentences
-- were. Canonical articles only, as in dyad_timeline: a story republished by several sites counts once.
-- Incremental, as dyad_timeline: a load that only adds articles adds their counts and their
-- goldstein_like to the stored (dyad, month) rows they touch (the mean is kept as its exact sum,
-- total_goldstein_like, and the count of articles with tone keywords); the (dyad, month) rows of
-- older articles whose canonical or version status the load changes (macro recomputed_dyad_months)
-- are recomputed over all the articles of those dyads published in those months.
with recomputed_months as (
    {{ recomputed_dyad_months(['dyad_tone']) }}
),

articles as (
    {{ canonical_articles_of_touched_months('recomputed_months') }}
),

{%- if is_incremental() %}

    added_months as (
        {{ added_dyad_months(['dyad_tone']) }}
    ),

    new_articles as (
        {{ new_canonical_articles() }}
    ),

{%- endif %}

tone as (
    {{ rows_of_dyad_months('dyad_tone') }}
),

monthly as (
    select
        country_a,
        country_b,
        month_start,
        count(*) as article_count,
        count(*) filter (where tone = 'cooperative') as cooperative_article_count,
        count(*) filter (where tone = 'conflictual') as conflictual_article_count,
        count(*) filter (where tone = 'mixed') as mixed_article_count,
        count(*) filter (where tone = 'neutral') as neutral_article_count,
        sum(sentence_count)::bigint as sentence_count,
        sum(cooperative_sentence_count)::bigint as cooperative_sentence_count,
        sum(conflictual_sentence_count)::bigint as conflictual_sentence_count,
        -- exact: goldstein_like has two decimals
        (sum(goldstein_like::decimal(18, 2)) filter (where tone != 'neutral'))::decimal(18, 2)
            as total_goldstein_like
    from tone
    group by all
),

{%- if is_incremental() %}

    stored as (
        select
            previous.country_a,
            previous.country_b,
            previous.month_start,
            previous.article_count,
            previous.cooperative_article_count,
            previous.conflictual_article_count,
            previous.mixed_article_count,
            previous.neutral_article_count,
            previous.sentence_count,
            previous.cooperative_sentence_count,
            previous.conflictual_sentence_count,
            previous.total_goldstein_like
        from {{ this }} as previous
        semi join added_months using (country_a, country_b, month_start)
    ),

    -- the recomputed rows, and for the added ones the stored row and the new articles' summed
    totals as (
        select
            country_a,
            country_b,
            month_start,
            sum(article_count)::bigint as article_count,
            sum(cooperative_article_count)::bigint as cooperative_article_count,
            sum(conflictual_article_count)::bigint as conflictual_article_count,
            sum(mixed_article_count)::bigint as mixed_article_count,
            sum(neutral_article_count)::bigint as neutral_article_count,
            sum(sentence_count)::bigint as sentence_count,
            sum(cooperative_sentence_count)::bigint as cooperative_sentence_count,
            sum(conflictual_sentence_count)::bigint as conflictual_sentence_count,
            sum(total_goldstein_like)::decimal(18, 2) as total_goldstein_like
        from (
            select * from monthly
            union all
            select * from stored
        ) as parts
        group by all
    ),

{%- else %}

    totals as (
        select * from monthly
    ),

{%- endif %}

final as (
    select
        country_a,
        country_b,
        month_start,
        article_count,
        cooperative_article_count,
        conflictual_article_count,
        mixed_article_count,
        neutral_article_count,
        sentence_count,
        cooperative_sentence_count,
        conflictual_sentence_count,
        round(total_goldstein_like / nullif(article_count - neutral_article_count, 0), 2)::double
            as avg_goldstein_like,
        total_goldstein_like
    from totals
)

select * from final
