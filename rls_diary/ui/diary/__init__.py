"""The Diary tab: the night form, the list of nights and the undo commands.

``text`` and ``usual`` are Qt-free; import the widgets from their modules
(``rls_diary.ui.diary.tab.DiaryTab``, ``rls_diary.ui.diary.form.NightForm``).
"""
