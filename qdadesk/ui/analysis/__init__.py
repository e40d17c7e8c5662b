"""Window parts of the analysis area: activation, queries, search, word frequencies."""
