{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
-- Tone keywords per sentence and QuadClass. A keyword right after "не" or "без" ("не договорились",
-- "без конфликтов") is negated and not counted.
with matches as (
    select * from {{ ref('int_keyword_matches') }}
    where
        keyword_set = 'tone'
        and {{ is_new_article('article_id') }}
),

quad_classes as (
    select * from {{ ref('stg_quad_classes') }}
),

counted as (
    select
        article_id,
        sentence_idx,
        category as quad_class,
        count(*) as keyword_count,
        list(matched_text order by token_idx) as evidence
    from matches
    where not is_negated
    group by article_id, sentence_idx, category
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
        counted.evidence
    from counted
    inner join quad_classes on counted.quad_class = quad_classes.quad_class
)

select * from final
