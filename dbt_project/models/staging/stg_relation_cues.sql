with cues as (
    select * from {{ ref('ref_relation_cues') }}
),

final as (
    select
        cue,
        cue_kind
    from cues
)

select * from final
