"""RLS Diary."""
