"""scripts/build_news_df.py: what of a news file is counted, and which articles are kept out of the table."""

import sys

from zhnews.paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))  # a script, not a module of the package
import build_news_df  # noqa: E402


def _cleaned(text: str) -> str:
    return build_news_df._NOT_WORDS.sub(" ", build_news_df._FRONT_MATTER.sub("", text))


def test_feed_item_wrapper_and_links_are_not_words():
    # The shape of a China Digital Times feed backup (tomyangsh/news-backup, 2021-12): the item's fields
    # dumped as a Python literal before the article's own words.
    text = ("# 【404文库】一丘万壑｜上海那个剪辑视频的告密学生，已经涉嫌犯罪了\n\n2021-12-17\n\n"
            "[{'type': 'text/html', 'language': None, 'base': 'https://chinadigitaltimes.net/chinese/feed', "
            "'value': '作者：邱开冒\n\n因学生举报，上海震旦职校那位在课堂上谈论南京大屠杀的女教师被开除了。")
    cleaned = _cleaned(text)
    assert "type" not in cleaned and "chinadigitaltimes" not in cleaned and "language" not in cleaned
    assert "作者：邱开冒" in cleaned and "南京大屠杀的女教师被开除了" in cleaned and "剪辑视频的告密学生" in cleaned


def test_front_matter_and_image_markup_go_caption_stays():
    # An hkcnews archive page (hkarchivist/hkcnews-article-archive, article 17970), shortened.
    text = ('---\ntitle: "政府推長者補助金沒交代開支"\nauthor: "實習記者徐雪瑩"\n---\n\n'
            "# 政府推長者補助金沒交代開支\n\n<figure>\n"
            '<img src="https://web.archive.org/web/2020/https://www.hkcnews.com/large.jpg" alt="">\n'
            "<figcaption>行政長官林鄭月娥周四與建制派會面後，宣布推出每月1,060元的「就業支援補助金」。資料圖片</figcaption>\n</figure>")
    cleaned = _cleaned(text)
    assert "author" not in cleaned and "實習記者" not in cleaned  # the front matter's byline is no article word
    assert "hkcnews" not in cleaned and "figcaption" not in cleaned
    assert "就業支援補助金" in cleaned and cleaned.count("政府推長者補助金沒交代開支") == 1


def test_an_article_sharing_a_passage_with_an_evaluation_article_is_left_out():
    run = "因学生举报上海震旦职校那位在课堂上谈论南"  # 20 Han characters of an evaluation article
    assert len(run) == build_news_df.OVERLAP_RUN
    # Quoted with different punctuation around it and in traditional script: still the same passage.
    assert build_news_df.shares_run("據報道，因學生舉報上海震旦職校那位在課堂上談論南京大屠殺的女教師被開除", {run})
    # Nineteen of the characters only: another article.
    assert not build_news_df.shares_run("因学生举报上海震旦职校那位在课堂上谈论，南京", {run})


def test_evaluation_sources_are_named_by_folder_not_globbed():
    """The files kept out of the IDF corpus come from the SOURCES.tsv of each evaluation folder named in
    data/eval/split.tsv or bench/evalset.HELD_OUT_ROUNDS (dev3 … dev6, fresh … fresh14 hold one), never from
    another folder of data/eval (keywords/, claims/, loader/ hold gold, not sources)."""
    tables = build_news_df.evaluation_source_tables()
    folders = {table.parent.name for table in tables}
    assert {"dev3", "dev6", "fresh", "fresh13", "fresh14"} <= folders
    assert not folders & {"keywords", "claims", "loader", "sentiment"}
    assert all(table.name == "SOURCES.tsv" for table in tables)


def test_latin_words_are_runs_of_letters_and_digits_as_jieba_keeps_them():
    # fresh10 360 (a WeChat interview) and tune 39 (a phone review): what --latin counts of a sentence, once each.
    words = build_news_df.latin_words("前不久，我带着这些好奇，在硅谷与Meshy AI的创始人兼CEO胡渊鸣进行了一次深入的对话。AI + 3D，Meshy在做什么")
    assert words == {"meshy", "ai", "ceo", "3d"}
    # A digit-led word is one word; a lone letter (the A of A股) and a number are none.
    assert build_news_df.latin_words("支持5G网络，A股上市，售价999元，Galaxy S20 Ultra") == {"5g", "galaxy", "s20", "ultra"}


def test_accounts_and_addresses_are_not_latin_words():
    # The shapes behind the URL-id rows of the round-21 Latin table (China Digital Times feed backup): a link written
    # without its scheme, an @handle, an e-mail address, an underscore identifier, a backslash escape left in the text.
    text = ("相关阅读：  pic.twitter.com/2soqHYQ4uD\n\n@Alice2590：希望你和我一样\n\n"
            "作者：我知道我都不知道（Weixin ID：gh_229c11e64226）\n\nPhoto by\\xa0Felix Mittermeier\\xa0from\\xa0Pexels\n\n"
            "联系 tips@example.org 或 fb.me/DuncanLauHongKong ；— 老司机 (@h5LPyKL7TP6jjop) October 6, 2020")
    words = build_news_df.latin_words(_cleaned(text))
    assert words == {"weixin", "id", "photo", "by", "felix", "mittermeier", "from", "pexels", "october"}
    # Made-up variants of each shape, and the near-misses the rule leaves alone: a domain named as a word (no
    # path), a model number, a Latin word after a Han @ handle.
    variants = "见 m.weibo.cn/status/Kx9Q2 与 @Bob_Lee99 和 x_y_z1 。网站 Stack.io 发布 iPhone15 与 GPT-4 ，@人民日报 AI 报道"
    assert build_news_df.latin_words(_cleaned(variants)) == {"stack", "io", "iphone15", "gpt", "ai"}


def test_a_random_identifier_is_no_word_a_model_name_is():
    # Generated names: a commenter's (0M6dj88umy8ekMb, a Weibo reply), a hash (8543f02bc0de), a shortened link's id.
    for word in ("0M6dj88umy8ekMb", "8543f02bc0de", "xqrn0adgj8", "Zq8RtY2kLp"):
        assert build_news_df.is_random_id(word), word
    # Names and models: short, or few switches between letters and digits.
    for word in ("BNT162b2", "H1N1", "C6H12O6", "iPhone15", "Mate30Pro", "flightradar24", "RTX4090Ti", "OpenAI"):
        assert not build_news_df.is_random_id(word), word
    assert build_news_df.latin_words("评论区 0M6dj88umy8ekMb：疫苗 BNT162b2") == {"bnt162b2"}
