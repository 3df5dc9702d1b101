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

tone as (
    {{ rows_of_touched_months('dyad_tone', 'recomputed_months') }}
),

{%- if is_incremental() %}

    -- the (dyad, month) rows the new articles touch, but for those recomputed
    added_months as (
        select
            country_a,
            country_b,
            month_start
        from ({{ touched_dyad_months(['dyad_tone']) }}) as touched
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

    new_tone as (
        select
            dyad_tone.*,
            new_articles.month_start
        from (
            select * from {{ ref('dyad_tone') }}
            where {{ is_new_article('article_id', 'load_seq') }}
        ) as dyad_tone
        inner join new_articles on dyad_tone.article_id = new_articles.article_id
        semi join added_months
            on
                dyad_tone.country_a = added_months.country_a
                and dyad_tone.country_b = added_months.country_b
                and new_articles.month_start = added_months.month_start
    ),

{%- endif %}

monthly as (
    {%- for relation in (['tone', 'new_tone'] if is_incremental() else ['tone']) %}
        {% if not loop.first %}union all{% endif %}
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
        from {{ relation }}
        group by all
    {%- endfor %}
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

    -- the recomputed rows, and for the added ones the stored row and the new articles' (one row
    -- each: a (dyad, month) is either recomputed or added), summed
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
