-- goldstein_like stays on the Goldstein scale, and a pair without tone keywords scores 0.
select
    article_id,
    country_a,
    country_b,
    goldstein_like
from {{ ref('dyad_tone') }}
where
    (goldstein_like not between -10 and 10 or (tone = 'neutral' and goldstein_like != 0))
    and {{ in_tested_articles() }}
