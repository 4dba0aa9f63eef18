"""Keywords mends of round 30 (branch r31k), from fresh37's top tens: markup and page furniture of WeChat exports (pandoc
attribute blocks and fenced divs, inline styles, a template's section labels) and the words of English titles quoted in
a Chinese piece are no keywords. The shapes of the articles, made-up variants of each shape, and near-misses that must
keep their behaviour."""

from zhnews import keywords
from zhnews.keywords.tokens import is_content_word, is_style_markup

from conftest import load_text
from keyword_helpers import phrase_weights as _phrases, top_keys as _keys


# --- a pandoc export's markup feeds no keyword (fresh37 1050, 1052: leaf, section, style, font-size) ---
# The loader removes pandoc's attribute blocks and div fences (zhnews/load/markdown.py); these tests read a pandoc
# export through the loader and the keywords stage together, as bench/eval_keywords.py does.


def _loaded_keys(tmp_path, text):
    article = load_text(tmp_path, "post.md", text)
    paragraphs = keywords.analysed(article.paragraphs)
    title_ids = set(paragraphs.loc[paragraphs["role"] == "title", "para_id"])
    return _keys(keywords.paragraph_texts(paragraphs), title_ids=title_ids)


def test_a_pandoc_export_s_attributes_and_div_fences_give_no_keyword(tmp_path):
    # fresh37 1050 and 1052, cut small: spans with their empty attribute, a heading with an id and an inline style, a
    # grid table whose cells hold fenced divs, a styled empty span after a sentence.
    text = (
        "# 腾讯给我发了只龙虾\n\n:::\n\n"
        "[这玩意儿叫 QClaw，腾讯出的 AI Agent，QClaw 能在微信里直接控制电脑。]{leaf=\"\"}\n\n"
        "## 技能商店 {#技能商店 style=\"font-size: 22px;font-weight: bold;border-bottom: 2px solid #c4b5fd;\"}\n\n"
        "+-----------------+-----------------+\n| ::: section     | ::: section     |\n"
        "| [谁]{leaf=\"\"}   | [备注]{leaf=\"\"} |\n| :::             | :::             |\n"
        "+=================+=================+\n| ::: section     | ::: section     |\n"
        "| [QClaw]{leaf=\"\"} | [免费]{leaf=\"\"} |\n| :::             | :::             |\n"
        "+-----------------+-----------------+\n\n"
        "[QClaw 的技能商店里有几十个技能，腾讯说 QClaw 会一直免费。]{leaf=\"\"}"
        "[ ]{style=\"font-size: 17px;letter-spacing: 0.034em;\"}\n\n:::\n"
    )
    keys = _loaded_keys(tmp_path, text)
    assert "qclaw" in keys and "技能商店" in keys
    assert not {"leaf", "section", "style", "font-size", "font-weight", "border-bottom", "17px", "0.034em"} & set(keys)


def test_a_div_with_attributes_in_another_export_gives_no_keyword(tmp_path):
    # Variant: a callout div opened with attributes and a class on a span, as a Quarto or Obsidian export writes them.
    text = (
        "# 城市更新的三个难题\n\n::: {.callout-tip title=\"提示\"}\n"
        "城市更新需要社会资本，[城市更新]{.mark lang=zh}不能只靠财政。\n:::\n\n"
        "旧改资金是城市更新的第一个难题，城市更新的第二个难题是拆迁。\n"
    )
    keys = _loaded_keys(tmp_path, text)
    assert "城市更新" in keys
    assert not {"callout-tip", "callout", "tip", "mark", "lang"} & set(keys)


def test_braces_and_colons_of_prose_stay_in_the_text(tmp_path):
    # Near-misses: braces around words that are no attributes, a formula, and a ratio with two colons.
    article = load_text(tmp_path, "post.md", "# 标题\n\n模板写作{姓名}的形式。\n\n集合{1, 2, 3}的元素。\n\n比分是3:1:2。\n")
    texts = "".join(keywords.paragraph_texts(keywords.analysed(article.paragraphs)).values())
    assert "{姓名}" in texts and "{1, 2, 3}" in texts and "3:1:2" in texts


# --- an inline style's property names and lengths are no words, however the markup held them ---


def test_css_property_names_and_lengths_are_style_markup():
    # fresh37 1049, 1050, 1052: border-bottom, font-size, letter-spacing, padding-bottom, 15px, 0.034em.
    for word in ("font-size", "letter-spacing", "border-bottom", "padding-bottom", "15px", "0.034em", "1.5rem", "100vh"):
        assert is_style_markup(word)
    assert not is_content_word("15px") and not is_content_word("0.034em")


def test_names_and_units_of_prose_are_no_style_markup():
    # Near-misses: hyphenated names (a model, a plug-in, a disease), a resolution, a frequency, a size in points.
    for word in ("gpt-image-2", "oh-my-opencode", "covid-19", "4K", "120Hz", "5G", "12pt", "font"):
        assert not is_style_markup(word)
    assert is_content_word("120Hz") and is_content_word("5G")


def test_a_style_written_out_in_the_text_feeds_no_keyword():
    # Variant: a page copy whose style attribute's value became text (no braces, no tag around it).
    texts = {
        0: "腾讯推出新款AI助手",
        1: "腾讯的AI助手上线了。font-size: 17px; letter-spacing: 0.034em; 腾讯说AI助手免费。",
        2: "用户可以用AI助手整理文件。font-size: 17px; letter-spacing: 0.034em;",
        3: "腾讯表示，AI助手还会更新。font-size: 17px;",
    }
    keys = _keys(texts, title_ids={0})
    assert "ai助手" in keys
    assert not {"font-size", "letter-spacing", "17px", "0.034em"} & set(keys)


# --- the words of an English title quoted in a Chinese piece (fresh37 1050: agents That Are Actually Printing) ---

# fresh37 1050, cut small: two English post titles quoted, then listed again as the piece's sources.
QUOTED_TITLES = {
    0: "AI月入26000美元不是传说",
    1: "我在 Reddit 上看到一个帖子，标题是：People made over $26,000 last month with OpenClaw agents.",
    2: "Medium 上有人写了一篇分析：The 10 OpenClaw Agents That Are Actually Printing Money",
    3: "用 OpenClaw 搭 AI 助手的人越来越多，OpenClaw 免费。",
    4: "People made over $26,000 last month with OpenClaw agents ---Reddit",
    5: "The 10 OpenClaw Agents That Are Actually Printing Money ---Medium",
}


def test_words_only_written_inside_quoted_english_titles_are_no_candidates():
    phrases = _phrases(QUOTED_TITLES, title_ids={0})
    assert "openclaw" in phrases and "reddit" in phrases and "medium" in phrases
    assert not any(key in phrases for key in ("agents that are actually printing", "actually printing", "last month", "printing"))


def test_a_quoted_english_sentence_of_other_pieces_gives_no_keyword():
    # Variants: a scientist's quote in the original, repeated, and a book title in a list of readings.
    texts = {
        0: "诺奖得主谈基础研究",
        1: "他说：“We need to fund the curiosity of young scientists.” 基础研究需要耐心。",
        2: "基础研究的回报很慢。他又重复了一遍：We need to fund the curiosity of young scientists.",
        3: "推荐书目：Thinking in Systems for the Curious Mind；Thinking in Systems for the Curious Mind 是入门书。",
    }
    phrases = _phrases(texts, title_ids={0})
    assert not {"curiosity", "young scientists", "scientists", "curious mind", "systems"} & set(phrases)


def test_a_latin_name_used_in_the_chinese_text_too_stays():
    # Near-misses: a product name inside an English title that the Chinese sentences also use, and a spaced name of
    # capitalised words with no function words (Long Horizon Agents, a gold tag of the seen splits).
    texts = {
        0: "长程智能体来了",
        1: "论文标题是 Long Horizon Agents Are Coming for the Enterprise。",
        2: "作者认为 Long Horizon Agents 会改变软件。Long Horizon Agents 能连续工作数天。",
    }
    assert "long horizon agents" in _phrases(texts, title_ids={0})


# --- a template's section label (fresh37 1052: PART over each numbered section) ---


def test_a_label_that_is_every_time_a_paragraph_of_its_own_is_no_candidate():
    texts = {0: "腾讯给我发了只龙虾"}
    for n, heading in enumerate(("内测短信：龙虾入场", "工作室：这虾在摸鱼", "技能商店：超能力中心"), start=1):
        texts[len(texts)] = "PART"
        texts[len(texts)] = heading
        texts[len(texts)] = f"第{n}节，QClaw 的技能商店又多了新技能，QClaw 越来越好用。"
    phrases = _phrases(texts, title_ids={0})
    assert "part" not in phrases and "qclaw" in phrases


def test_numbered_labels_of_other_templates_are_no_candidates_either():
    # Variants: a label with its number, and a Han label over each part of a column.
    texts = {0: "城市更新的三个难题"}
    for n in range(1, 4):
        texts[len(texts)] = f"Part.{n:02d}"
        texts[len(texts)] = "小贴士"
        texts[len(texts)] = f"第{n}个难题是旧改资金，城市更新需要社会资本，城市更新不能只靠财政。"
    phrases = _phrases(texts, title_ids={0})
    assert "part" not in phrases and "小贴士" not in phrases and "城市更新" in phrases


def test_a_word_also_said_in_sentences_or_twice_alone_is_no_label():
    # Near-misses: a heading word the sentences use too, and a word alone in its paragraph only twice.
    texts = {0: "养老金并轨", 1: "养老金", 2: "养老金怎么算？养老金按缴费年限算。", 3: "养老金", 4: "养老金", 5: "结语", 6: "结语"}
    phrases = _phrases(texts, title_ids={0})
    assert "养老金" in phrases
