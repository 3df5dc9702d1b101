with units as (
    select * from {{ ref('ref_units') }}
),

final as (
    select
        unit,
        unit_kind,
        is_valid_unit
    from units
)

select * from final
