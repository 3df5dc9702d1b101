-- article-local: a full build runs in slices of the articles (macros/incremental.sql)
{{ config(meta={'full_build_slices': true}) }}
-- Gazetteer matching: every 1..4-token window of a sentence is looked up in the country and bloc
-- forms; the longest match wins, so "долларов США" (an ignore form) hides the США inside it.
-- A form standing alone in «quotes» names a thing (the shuttle «Колумбия», the channel «Россия»),
-- not the state, and is dropped; a word in lowercase in quotes (вся «итальянская» мафия) is a
-- word used with reserve, not a name, and stays. The text around and between the tokens comes from the tokens'
-- char_before and gap_after: slicing the body by offset costs time proportional to the offset, so a
-- long article would cost time proportional to the square of its length.
with tokens as not materialized (
    -- read where used, as a scan that streams: a materialized copy of every token of the build
    -- would be held in memory (beyond DuckDB's memory limit: spilled)
    select * from {{ ref('stg_tokens') }}
    where {{ is_new_row('load_seq') }}
),

forms as (
    select * from {{ ref('stg_country_forms') }}
),

conjunctions as (
    select cue from {{ ref('stg_relation_cues') }}
    where cue_kind = 'conjunction'
),

possessor_titles as (
    -- what may follow an ambiguous country name and its possessive at a sentence's start and make
    -- it the country ("Jordan's King", "Chad's President", "Georgia's parliament")
    select cue from {{ ref('stg_relation_cues') }}
    where cue_kind = 'possessor_title'
),

compound_parts as (
    -- what may follow a compound's first part and its hyphen: a country adjective or another first
    -- part (американо-китайский, polsko-litewski, Sino-Indian, российско-казахстанско-узбекский)
    select form from forms
    where entity_type = 'country' and form_kind in ('adjective', 'adjective_intl', 'compound_stem')
),

first_norms as (
    -- the norm a form's first token must have: the form up to its first space (a norm has none)
    select distinct split_part(form, ' ', 1) as norm from forms
),

starts as (
    -- the tokens an n-gram of a form can start at: only these are looked at with their neighbours,
    -- a few in a hundred tokens, instead of a window over every token of the build
    select * from tokens
    where token_norm in (select first_norms.norm from first_norms)
),

following as (
    -- the three tokens after each start in its sentence, by their distance from it: token_idx numbers
    -- the tokens of a body one after another, so the k-th token after a start in its sentence is the
    -- one of that sentence at token_idx + k. One pass over the tokens, probing the starts' positions.
    select
        starts.article_id,
        starts.token_idx as start_idx,
        steps.distance,
        next_token.token_norm,
        next_token.token,
        next_token.gap_after,
        next_token.char_end,
        next_token.hyphen_after
    from starts
    cross join range(1, 4) as steps (distance)
    inner join tokens as next_token
        on
            starts.article_id = next_token.article_id
            and starts.sentence_idx = next_token.sentence_idx
            and starts.token_idx + steps.distance = next_token.token_idx
),

windows as (
    -- each start with the normalized text, end and hyphen flag of itself and the next three tokens
    -- of its sentence (null past its end)
    select
        starts.article_id,
        starts.sentence_idx,
        starts.token_idx,
        starts.char_start,
        starts.token,
        starts.is_capitalized,
        starts.is_sentence_start,
        starts.char_before,
        [starts.token_norm, next_1.token_norm, next_2.token_norm, next_3.token_norm] as next_norms,
        [starts.token, next_1.token, next_2.token, next_3.token] as next_tokens,
        [starts.gap_after, next_1.gap_after, next_2.gap_after, next_3.gap_after] as next_gaps,
        [starts.char_end, next_1.char_end, next_2.char_end, next_3.char_end] as next_ends,
        [starts.hyphen_after, next_1.hyphen_after, next_2.hyphen_after, next_3.hyphen_after] as next_hyphens
    from starts
    left join following as next_1
        on starts.article_id = next_1.article_id and starts.token_idx = next_1.start_idx and next_1.distance = 1
    left join following as next_2
        on starts.article_id = next_2.article_id and starts.token_idx = next_2.start_idx and next_2.distance = 2
    left join following as next_3
        on starts.article_id = next_3.article_id and starts.token_idx = next_3.start_idx and next_3.distance = 3
),

ngrams as (
    -- the 1..4-token windows that start at each token and stay inside its sentence
    select
        windows.article_id,
        windows.sentence_idx,
        windows.token_idx,
        windows.char_start,
        windows.token,
        windows.is_capitalized,
        windows.is_sentence_start,
        windows.char_before,
        windows.next_tokens,
        windows.next_gaps,
        sizes.n_tokens,
        array_to_string(windows.next_norms[1:sizes.n_tokens], ' ') as ngram,
        windows.next_ends[sizes.n_tokens] as char_end,
        windows.next_hyphens[sizes.n_tokens] as hyphen_after,
        windows.next_gaps[sizes.n_tokens] as gap_after,
        windows.next_norms[sizes.n_tokens + 1] as norm_after,
        windows.next_norms[sizes.n_tokens + 2] as second_norm_after
    from windows
    cross join range(1, 5) as sizes (n_tokens)
    where windows.next_norms[sizes.n_tokens] is not null
),

candidates as (
    select
        ngrams.article_id,
        ngrams.sentence_idx,
        ngrams.token_idx,
        ngrams.n_tokens,
        ngrams.char_start,
        ngrams.char_end,
        ngrams.hyphen_after,
        ngrams.char_before,
        left(ngrams.next_gaps[ngrams.n_tokens], 1) as char_after,
        -- the body from the first token's start to the last one's end: tokens and the gaps between
        case ngrams.n_tokens
            when 1 then ngrams.next_tokens[1]
            when 2 then ngrams.next_tokens[1] || ngrams.next_gaps[1] || ngrams.next_tokens[2]
            when 3
                then
                    ngrams.next_tokens[1] || ngrams.next_gaps[1] || ngrams.next_tokens[2]
                    || ngrams.next_gaps[2] || ngrams.next_tokens[3]
            else
                ngrams.next_tokens[1] || ngrams.next_gaps[1] || ngrams.next_tokens[2]
                || ngrams.next_gaps[2] || ngrams.next_tokens[3] || ngrams.next_gaps[3] || ngrams.next_tokens[4]
        end as mention_text,
        forms.form,
        forms.entity_type,
        forms.entity_code,
        forms.form_kind,
        ngrams.gap_after,
        coalesce(ngrams.norm_after in (select conjunctions.cue from conjunctions), false) as before_conjunction,
        -- a form that is also a common word (Того, Чили) opening a sentence names a country only
        -- when another country follows it in a list: "Чили и Перу ...", "Мали, Нигер и Чад ...";
        -- or, in English, when its possessive is followed by a word of a state's office or body
        -- ("Jordan's King Abdullah", "Chad's President", "Georgia's parliament")
        forms.is_ambiguous
        and ngrams.is_sentence_start
        and not coalesce(
            ngrams.gap_after in ('''', '’')
            and ngrams.norm_after = 's'
            and ngrams.second_norm_after in (select possessor_titles.cue from possessor_titles),
            false
        ) as needs_partner
    from ngrams
    inner join forms
        on
            ngrams.ngram = forms.form
            and ngrams.n_tokens = forms.n_tokens
    where
        (not forms.requires_capital or ngrams.is_capitalized)
        and (not forms.is_ambiguous or ngrams.is_capitalized)
        -- an abbreviation (США, US, U.S.) names the entity only written in capitals: not "us", "Us"
        and (
            forms.requires_upper is not true
            or array_to_string(ngrams.next_tokens[1:ngrams.n_tokens], '')
            = upper(array_to_string(ngrams.next_tokens[1:ngrams.n_tokens], ''))
        )
        -- a compound's first part names its country only before a hyphen and a country adjective
        -- (not "Indo-Pacific", "англо-саксонский")
        and (
            forms.form_kind != 'compound_stem'
            or (ngrams.hyphen_after and ngrams.norm_after in (select compound_parts.form from compound_parts))
        )
),

partnered as (
    -- a form that needs a partner keeps it only when a country mention that needs none comes
    -- right after it: after a conjunction (и, та, and, oraz, мен ...) or after a comma
    select c.*
    from candidates as c
    where
        not c.needs_partner
        or exists (
            select 1
            from candidates as partner
            where
                partner.article_id = c.article_id
                and partner.sentence_idx = c.sentence_idx
                and partner.entity_type = 'country'
                and not partner.needs_partner
                and (
                    (
                        partner.token_idx = c.token_idx + c.n_tokens + 1
                        and c.before_conjunction
                    )
                    or (partner.token_idx = c.token_idx + c.n_tokens and trim(c.gap_after) = ',')
                )
        )
),

longest as (
    -- drop a candidate when a longer one covers its tokens
    select c.*
    from partnered as c
    where not exists (
        select 1
        from partnered as longer
        where
            longer.article_id = c.article_id
            and longer.sentence_idx = c.sentence_idx
            and longer.n_tokens > c.n_tokens
            and longer.token_idx <= c.token_idx
            and longer.token_idx + longer.n_tokens >= c.token_idx + c.n_tokens
    )
),

unquoted as (
    select *
    from longest
    where not (char_before = '«' and char_after = '»' and left(mention_text, 1) != lower(left(mention_text, 1)))
),

final as (
    select
        article_id,
        sentence_idx,
        token_idx,
        n_tokens,
        char_start,
        char_end,
        mention_text,
        form as matched_form,
        entity_type,
        entity_code,
        form_kind,
        hyphen_after
    from unquoted
    where entity_type in ('country', 'bloc')
    qualify row_number() over (
        partition by article_id, token_idx order by entity_type, entity_code
    ) = 1
)

{{ with_article_load('tokens') }}
