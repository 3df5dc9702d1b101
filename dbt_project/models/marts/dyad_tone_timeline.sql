-- One row per dyad and month of publication: how cooperative or conflictual the dyad's sentences
-- were. Canonical articles only, as in dyad_timeline: a story republished by several sites counts once.
-- Incremental: a load recomputes the (dyad, month) rows its new articles touch (and those of the
-- older articles whose canonical or version status they change: macro touched_dyad_months), over
-- all the articles of those dyads published in those months.
with touched_months as (
    {{ touched_dyad_months(['dyad_tone']) }}
),

articles as (
    {{ canonical_articles_of_touched_months() }}
),

tone as (
    {{ rows_of_touched_months('dyad_tone') }}
),

monthly as (
    select
        tone.country_a,
        tone.country_b,
        tone.month_start,
        count(*) as article_count,
        count(*) filter (where tone.tone = 'cooperative') as cooperative_article_count,
        count(*) filter (where tone.tone = 'conflictual') as conflictual_article_count,
        count(*) filter (where tone.tone = 'mixed') as mixed_article_count,
        count(*) filter (where tone.tone = 'neutral') as neutral_article_count,
        sum(tone.sentence_count)::bigint as sentence_count,
        sum(tone.cooperative_sentence_count)::bigint as cooperative_sentence_count,
        sum(tone.conflictual_sentence_count)::bigint as conflictual_sentence_count,
        avg(tone.goldstein_like) filter (where tone.tone != 'neutral') as avg_goldstein_like
    from tone
    group by all
),

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
        round(avg_goldstein_like, 2) as avg_goldstein_like
    from monthly
)

select * from final
