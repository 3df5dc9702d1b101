-- Prefix stems shorter than four letters match too many words (and miss the four-letter join key);
-- short words are listed as exact forms instead.
select
    'topic' as keyword_set,
    stem
from {{ ref('stg_topic_keywords') }}
where not is_exact and length(stem) < 4
union all
select
    'tone' as keyword_set,
    stem
from {{ ref('stg_tone_keywords') }}
where not is_exact and length(stem) < 4
