with blocs as (
    select * from {{ ref('blocs') }}
),

final as (
    select
        bloc_code,
        name_en,
        name_ru
    from blocs
)

select * from final
