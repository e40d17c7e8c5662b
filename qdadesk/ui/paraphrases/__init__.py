"""Paraphrase mode, Categorize Paraphrases and the Paraphrases Matrix."""
