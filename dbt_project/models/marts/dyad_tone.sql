-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- One row per article and dyad it relates: how the two countries deal with each other there, in
-- the spirit of GDELT's QuadClass: tone keywords are counted in the sentences that relate the dyad
-- (int_dyad_evidence, macro dyad_sentences).
--   cooperation_share = cooperation hits / all tone hits
--   tone = neutral (no hits), cooperative (share >= 0.75), conflictual (share <= 0.25), else mixed
--   goldstein_like = mean Goldstein weight of the hits (ref_quad_classes: verbal cooperation +3,
--                    material cooperation +6, verbal conflict -4, material conflict -8), clamped
--                    to [-10, 10]; 0 when there is no hit
with dyad_context as (
    {{ dyad_sentences() }}
),

sentence_tone as (
    select * from {{ ref('int_sentence_tone') }}
    where {{ is_new_row('load_seq') }}
),

sentence_balance as (
    select
        article_id,
        sentence_idx,
        sum(keyword_count) filter (where is_cooperative) as cooperation_hits,
        sum(keyword_count) filter (where not is_cooperative) as conflict_hits
    from sentence_tone
    group by article_id, sentence_idx
),

dyad_hits as (
    select
        dyad_context.article_id,
        dyad_context.country_a,
        dyad_context.country_b,
        coalesce(sum(sentence_tone.keyword_count) filter (
            where sentence_tone.quad_class = 'verbal_cooperation'
        ), 0)::bigint as verbal_cooperation_count,
        coalesce(sum(sentence_tone.keyword_count) filter (
            where sentence_tone.quad_class = 'material_cooperation'
        ), 0)::bigint as material_cooperation_count,
        coalesce(sum(sentence_tone.keyword_count) filter (
            where sentence_tone.quad_class = 'verbal_conflict'
        ), 0)::bigint as verbal_conflict_count,
        coalesce(sum(sentence_tone.keyword_count) filter (
            where sentence_tone.quad_class = 'material_conflict'
        ), 0)::bigint as material_conflict_count,
        sum(sentence_tone.keyword_count * sentence_tone.goldstein_weight) as goldstein_total,
        list_sort(list_distinct(flatten(list(sentence_tone.evidence)))) as evidence,
        list_sort(list_distinct(flatten(
            list(sentence_tone.evidence) filter (where not sentence_tone.is_cooperative)
        ))) as conflict_evidence,
        any_value(dyad_context.load_seq) as load_seq  -- one per article
    from dyad_context
    left join sentence_tone
        on
            dyad_context.article_id = sentence_tone.article_id
            and dyad_context.sentence_idx = sentence_tone.sentence_idx
    group by dyad_context.article_id, dyad_context.country_a, dyad_context.country_b
),

dyad_sentence_counts as (
    select
        dyad_context.article_id,
        dyad_context.country_a,
        dyad_context.country_b,
        count(*) as sentence_count,
        count(*) filter (
            where coalesce(sentence_balance.cooperation_hits, 0) > coalesce(sentence_balance.conflict_hits, 0)
        ) as cooperative_sentence_count,
        count(*) filter (
            where coalesce(sentence_balance.conflict_hits, 0) > coalesce(sentence_balance.cooperation_hits, 0)
        ) as conflictual_sentence_count
    from dyad_context
    left join sentence_balance
        on
            dyad_context.article_id = sentence_balance.article_id
            and dyad_context.sentence_idx = sentence_balance.sentence_idx
    group by dyad_context.article_id, dyad_context.country_a, dyad_context.country_b
),

scored as (
    select
        dyad_hits.*,
        dyad_hits.verbal_cooperation_count + dyad_hits.material_cooperation_count as cooperation_count,
        dyad_hits.verbal_conflict_count + dyad_hits.material_conflict_count as conflict_count,
        dyad_hits.goldstein_total / nullif(
            dyad_hits.verbal_cooperation_count + dyad_hits.material_cooperation_count
            + dyad_hits.verbal_conflict_count + dyad_hits.material_conflict_count, 0
        ) as goldstein_mean
    from dyad_hits
),

final as (
    select
        scored.article_id,
        scored.country_a,
        scored.country_b,
        dyad_sentence_counts.sentence_count,
        scored.verbal_cooperation_count,
        scored.material_cooperation_count,
        scored.verbal_conflict_count,
        scored.material_conflict_count,
        dyad_sentence_counts.cooperative_sentence_count,
        dyad_sentence_counts.conflictual_sentence_count,
        round(scored.cooperation_count / nullif(scored.cooperation_count + scored.conflict_count, 0), 4)
            as cooperation_share,
        case
            when scored.cooperation_count + scored.conflict_count = 0 then 'neutral'
            when scored.cooperation_count >= 0.75 * (scored.cooperation_count + scored.conflict_count)
                then 'cooperative'
            when scored.cooperation_count <= 0.25 * (scored.cooperation_count + scored.conflict_count)
                then 'conflictual'
            else 'mixed'
        end as tone,
        case
            when scored.goldstein_mean is null then 0.0
            else round(greatest(-10.0, least(10.0, scored.goldstein_mean)), 2)
        end as goldstein_like,
        coalesce(scored.evidence, []) as evidence,
        coalesce(scored.conflict_evidence, []) as conflict_evidence,
        scored.load_seq
    from scored
    inner join dyad_sentence_counts
        on
            scored.article_id = dyad_sentence_counts.article_id
            and scored.country_a = dyad_sentence_counts.country_a
            and scored.country_b = dyad_sentence_counts.country_b
)

select * from final
