with quad_classes as (
    select * from {{ ref('ref_quad_classes') }}
),

final as (
    select
        quad_class,
        quad_class_code,
        goldstein_weight,
        is_cooperative,
        cameo_roots,
        description
    from quad_classes
)

select * from final
