-- Topic keywords per sentence: how many tokens of the sentence signal each topic, and which.
{{ sentence_keyword_counts('topic', 'topic') }}
