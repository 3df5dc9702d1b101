with keywords as (
    select * from {{ ref('ref_topic_keywords') }}
),

final as (
    select
        topic,
        weight,
        {{- keyword_stem_columns() }}
    from keywords
)

select * from final
