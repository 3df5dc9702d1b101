{{ config(materialized='incremental', incremental_strategy='delete+insert', unique_key='article_id') }}
with mentions as (
    select * from {{ ref('int_entity_mentions') }}
    where {{ is_new_article('article_id') }}
),

final as (
    select
        mentions.article_id,
        mentions.sentence_idx,
        mentions.token_idx,
        mentions.n_tokens,
        mentions.char_start,
        mentions.char_end,
        mentions.mention_text,
        mentions.matched_form,
        mentions.entity_code as country_code,
        mentions.form_kind,
        mentions.hyphen_after
    from mentions
    where mentions.entity_type = 'country'
)

select * from final
