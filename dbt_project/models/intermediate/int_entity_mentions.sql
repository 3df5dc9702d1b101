-- Gazetteer matching: every 1..4-token window of a sentence is looked up in the country and bloc
-- forms; the longest match wins, so "долларов США" (an ignore form) hides the США inside it.
-- A form standing alone in «quotes» names a thing (the shuttle «Колумбия», the channel «Россия»),
-- not the state, and is dropped; a word in lowercase in quotes (вся «итальянская» мафия) is a
-- word used with reserve, not a name, and stays. The text around and between the tokens comes from the tokens'
-- char_before and gap_after: slicing the body by offset costs time proportional to the offset, so a
-- long article would cost time proportional to the square of its length.
with tokens as (
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

windows as (
    -- each token with the normalized text, end and hyphen flag of itself and the next three tokens
    select
        article_id,
        sentence_idx,
        token_idx,
        char_start,
        token,
        is_capitalized,
        is_sentence_start,
        char_before,
        [
            token_norm, lead(token_norm, 1) over w, lead(token_norm, 2) over w, lead(token_norm, 3) over w
        ] as next_norms,
        [token, lead(token, 1) over w, lead(token, 2) over w, lead(token, 3) over w] as next_tokens,
        [gap_after, lead(gap_after, 1) over w, lead(gap_after, 2) over w, lead(gap_after, 3) over w] as next_gaps,
        [char_end, lead(char_end, 1) over w, lead(char_end, 2) over w, lead(char_end, 3) over w] as next_ends,
        [
            hyphen_after, lead(hyphen_after, 1) over w, lead(hyphen_after, 2) over w, lead(hyphen_after, 3) over w
        ] as next_hyphens
    from tokens
    window w as (partition by article_id, sentence_idx order by token_idx)
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
        windows.next_norms[sizes.n_tokens + 1] as norm_after
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
        -- when another country follows it in a list: "Чили и Перу ...", "Мали, Нигер и Чад ..."
        forms.is_ambiguous and ngrams.is_sentence_start as needs_partner
    from ngrams
    inner join forms
        on
            ngrams.ngram = forms.form
            and ngrams.n_tokens = forms.n_tokens
    where
        (not forms.requires_capital or ngrams.is_capitalized)
        and (not forms.is_ambiguous or ngrams.is_capitalized)
        and (forms.form_kind != 'compound_stem' or ngrams.hyphen_after)
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
