with blocs as (
    select * from {{ ref('ref_blocs') }}
),

final as (
    select
        bloc_code,
        name_en,
        name_ru
    from blocs
)

select * from final
