-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- Tone keywords per sentence and QuadClass. A negated keyword (int_keyword_matches: "не договорились",
-- "без конфликтов", "nie podpisały", "did not agree") is not counted.
with counted as (
    {{ sentence_keyword_counts('tone', 'quad_class', counted='not is_negated') }}
),

quad_classes as (
    select * from {{ ref('stg_quad_classes') }}
),

final as (
    select
        counted.article_id,
        counted.sentence_idx,
        counted.quad_class,
        quad_classes.quad_class_code,
        quad_classes.is_cooperative,
        quad_classes.goldstein_weight,
        counted.keyword_count,
        counted.evidence,
        counted.load_seq
    from counted
    inner join quad_classes on counted.quad_class = quad_classes.quad_class
)

select * from final
