with shared_forms as (
    select * from {{ ref('ref_shared_forms') }}
),

final as (
    select
        form,
        entity_code,
        is_preferred
    from shared_forms
)

select * from final
