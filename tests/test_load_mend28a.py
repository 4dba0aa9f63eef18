"""Round 27 (mend28a): the loader's misses on fresh29 (880-887, Matters posts reposted by a Jekyll bot) and the seen
families beside them.

* A lone asterisk glued to a word (``特瑞伊昂*（Thurein Aung）``, the pseudonym mark a closing note explains, 882) opens
  no emphasis when no asterisk follows in the block: it is text, and the sentence keeps it.
* ``注：`` alone on its line over bracket-numbered citations (``[1] 作者，《标题》，报纸，2019.1.13``, 881) heads a
  reference list: it and the list are chrome.
* A reprint note ``原刊載於關鍵評論網東南亞`` (882) names where the piece first ran: chrome, and the outlet; a 來源：
  field that says so in a sentence (``原由上觀新聞發表，由入口網站轉載``, 883) names the outlet between 由 and the verb.
* A reposter's furniture (883, 885; fresh14 481): a pseudonym note (``註：文中的＊為匿名``), a bracketed editor's note
  (``(按：…，現已刪除）``), a warning that the copy may be locked or deleted, a plea to follow the writer's account,
  a column introducing itself (``我们是…栏目``) and asking readers to write in (``留言联系我们``), a channel describing
  itself (``這個頻道主要會…``), a video's label (``影片如下：``), a link block's labels whose addresses are gone
  (``Patreon (課金):``), a line of only hashtags, an index of a series' numbered posts.
* An English photo credit under a picture (``Photos from BBC Burmese``, 886) is a caption.

The quoted lines are the articles' as written; the other texts are made up (names, places, dates invented) in the
same shapes, with near-misses that must not change.
"""

from conftest import body, load_text, role_holding, role_of

from zhnews.load.meta import clean_outlet

LEAD = "對於在工廠工作的阿明來說，每天騎車一小時去工業區上班的安全，取決於近期城郊的局勢與道路上的檢查哨。"
SECOND = "政府在道路上部署密集的檢查哨，這對使用摩托車通勤的勞動階層來說，行動的人身安全必須付出更高的代價。"
THIRD = "截至1月26日，根據當地一家人權組織的統計，超過1400人在過去一年間死亡，8000多人仍被拘留於監獄之中。"
FOURTH = "觀察人士認為，局勢在短期內難以緩和，而基層勞工仍須在衝突與疫情的夾縫中，每天為生計奔波與勞動。"
TEXT = [LEAD, SECOND, THIRD, FOURTH]


def jekyll_post(paragraphs: list[str], author: str = "王小明", title: str = "城郊勞工的一年：檢查哨下的通勤路") -> str:
    """The teahouse bot's post (fresh29 880-887): front matter, a time stamp, the title as a link, a rule, and the
    Matters post's HTML on one line, one <p> a paragraph."""
    return ("---\nlayout: post\n" f'title: "{title}"\n' "date: 2022-02-01T14:41:36.000Z\n" f"author: {author}\n"
            "from: https://matters.news/@someone/post-bafy\ntags: [ Matters ]\ncomments: True\ncategories: [ Matters ]\n---\n"
            "<!--1643726496000-->\n" f"[{title}](https://matters.news/@someone/post-bafy)\n------\n\n"
            "<div>" + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + "</div>\n")


def load_post(tmp_path, paragraphs, **fields):
    return load_text(tmp_path, "post.md", jekyll_post(paragraphs, **fields))


# ------------------------------------------------------------------- a lone asterisk


def test_a_pseudonym_asterisk_glued_to_a_name_stays_in_the_sentence(tmp_path):
    # fresh29 882: the mark and, three paragraphs on, a second one; neither opens emphasis
    first = "對於在服裝工廠工作的特瑞伊昂*（Thurein Aung）來說，騎車一小時去仰光周邊工業區上班的安全，取決近期的軍事衝突。"
    later = "「但就算他們殺了我，像我這樣的人還有很多。」在實皆省帶領人民國防軍的納加*（ Naga） 少校這樣說道，語氣平靜而堅定。"
    article = load_post(tmp_path, [first, SECOND, THIRD, later, FOURTH])
    assert first in body(article)
    assert later in body(article)


def test_a_footnote_asterisk_after_a_figure_in_a_markdown_line_is_text(tmp_path):
    line = "该省去年的失业率为5.2%*，比前年上升了0.4个百分点，其中青年失业率的上升最为明显，引起了各方的关注。"
    article = load_text(tmp_path, "a.md", "# 一省的就业数据\n\n" + line + "\n\n" + "\n\n".join(TEXT) + "\n")
    assert line in body(article)


def test_paired_asterisks_still_mark_emphasis(tmp_path):
    # near-miss: *斜体* and **粗体** are markup; the marks go, the words stay
    line = "专家指出，**最关键的是**及早发现，而*定期检查*能够大大降低风险，这一点在多项研究中都得到了证实。"
    article = load_text(tmp_path, "b.md", "# 体检的意义\n\n" + line + "\n\n" + "\n\n".join(TEXT) + "\n")
    assert "专家指出，最关键的是及早发现，而定期检查能够大大降低风险，这一点在多项研究中都得到了证实。" in body(article)


# ------------------------------------------------------------------- 注： over a reference list


def test_a_bare_note_heading_over_bracket_numbered_citations_is_a_reference_list(tmp_path):
    # fresh29 881's closing lines
    cited = ["[1] 中华人民共和国卫生部编.全国尘肺流行病学调查研究资料集（一九四九-一九八六）北京 北京医科大学协和医科大学联合出版社1992.9",
             "[2] 刘旭，《全国报告患者达600万尘肺病因何高居职业病榜首》，工人日报，2019.1.13"]
    article = load_post(tmp_path, [*TEXT, "注：", *cited])
    assert body(article) == TEXT
    for line in ["注：", *cited]:
        assert role_of(article, line) == ("boilerplate", "reference")


def test_the_traditional_note_heading_over_a_list_of_sources(tmp_path):
    cited = ["[1] 陳大文，《城郊勞工調查》，明日報，2021.3.5", "[2] 李小華，《通勤安全研究》，勞工月刊，2020.11"]
    article = load_post(tmp_path, [*TEXT, "註：", *cited])
    assert body(article) == TEXT


def test_a_note_with_its_text_on_the_line_is_no_list_heading(tmp_path):
    # near-miss: 注：… with the note itself on the line is left to the other rows; the body above stays whole
    article = load_post(tmp_path, [*TEXT, "注：以上數據均為受訪者自述，未經獨立核實，僅供讀者參考之用，不代表本站立場。"])
    assert body(article)[:4] == TEXT


# ------------------------------------------------------------------- where the piece first ran


def test_a_reprint_note_glued_above_the_first_paragraph_is_chrome_and_the_outlet(tmp_path):
    # fresh29 882: <p>原刊載於<a>關鍵評論網東南亞</a><br><br>對於…</p>
    article = load_post(tmp_path, [f'原刊載於<a href="https://www.thenewslens.com/article/1">關鍵評論網東南亞</a>'
                                   f'<br class="smart"><br class="smart">{LEAD}', SECOND, THIRD, FOURTH])
    assert role_of(article, "原刊載於關鍵評論網東南亞")[0] == "boilerplate"
    assert article.meta["outlet"] == "關鍵評論網東南亞"
    assert body(article) == TEXT


def test_a_simplified_reprint_note_names_the_outlet(tmp_path):
    article = load_post(tmp_path, ["原发表于南方周末", *TEXT])
    assert article.meta["outlet"] == "南方周末"


def test_a_source_field_saying_who_first_published_names_that_outlet():
    assert clean_outlet("原由上觀新聞發表，由入口網站轉載") == "上觀新聞"  # fresh29 883
    assert clean_outlet("最初由南方周末刊发，本站转载") == "南方周末"
    assert clean_outlet("由澎湃新闻首发") == "澎湃新闻"


def test_a_plain_source_field_is_unchanged():
    # near-miss: a name with no publishing verb after it, and a name that holds 由 in no such sentence
    assert clean_outlet("上观新闻") == "上观新闻"
    assert clean_outlet("自由时报") == "自由时报"


# ------------------------------------------------------------------- a reposter's notes and an account's promo


def test_a_pseudonym_note_under_the_article_is_chrome(tmp_path):
    article = load_post(tmp_path, [*TEXT, "註：文中的＊為匿名"])  # fresh29 882
    assert body(article) == TEXT
    article = load_post(tmp_path, [*TEXT, "注：文中受访者均为化名"])
    assert body(article) == TEXT


def test_reposter_notes_above_the_article_are_chrome(tmp_path):
    # fresh29 883's head: the lock warning with its plea, the bracketed note
    lock = "本系列為圍爐文章在48小時後可能上鎖，請追蹤我的圍爐或我的帳號以免錯過"
    note = "(按：本文為解放日報上觀新聞於28日下午發佈，現已刪除）"
    article = load_post(tmp_path, [lock, note, *TEXT])
    assert body(article) == TEXT
    assert role_of(article, lock)[0] == role_of(article, note)[0] == "boilerplate"


def test_made_up_reposter_notes_of_the_same_shapes(tmp_path):
    article = load_post(tmp_path, ["（編按：本文原載於某週刊，經作者同意轉載）", "本文隨時可能被刪，請關注我的帳號", *TEXT])
    assert body(article) == TEXT


def test_an_account_s_promo_under_the_article_is_chrome(tmp_path):
    # fresh29 883's tail
    promo = ["我们是解放日报·上观新闻原点栏目，目前推出【留声机】专题。",
             "我们想听见你的声音，请通过微信公号“原点original”（ID：jfyuandian）留言联系我们。",
             "上海疫情系列保存文章將持續到五月初再上鎖：",
             "#19 上海逝者、#20 春天對你如此厚愛、#21 四月之聲 Voice of April(YT保存版)"]
    article = load_post(tmp_path, [*TEXT, *promo])
    assert body(article) == TEXT


def test_a_body_sentence_mentioning_deletion_or_following_stays(tmp_path):
    # near-misses: the story's own sentences about deleted posts and about following the news, inside the text
    deleted = "不少網民發現，相關帖文在發出數小時後就被刪除，轉發者的帳號也隨即遭到封禁，討論很快便沉寂下來。"
    follow = "當局呼籲市民密切關注天文台發出的最新消息，並提前做好防風準備，避免在颱風吹襲期間外出活動。"
    article = load_post(tmp_path, [LEAD, deleted, SECOND, follow, THIRD, FOURTH])
    assert body(article) == [LEAD, deleted, SECOND, follow, THIRD, FOURTH]


def test_a_channel_s_self_description_and_link_block_are_chrome(tmp_path):
    # fresh29 885: the channel describing itself inside the script, the video label, the link labels, the hashtags
    lines = ["這個頻道主要會通過電影解說", *TEXT, "影片如下：", "Patreon (課金):",
             'YouTube: <a href="https://www.youtube.com/channel/x">https://www.youtube.com/channel/x</a>',
             "#香港水資源 #香港供水歷史 #東江水 #飲水思源"]
    article = load_post(tmp_path, lines, author="某頻道")
    assert body(article) == TEXT
    assert role_of(article, "#香港水資源 #香港供水歷史 #東江水 #飲水思源") == ("boilerplate", "tags")


def test_a_greeting_alone_stays_body(tmp_path):
    # near-miss: 大家好，我是X is a speaker's or a writer's greeting too (fresh6 261, fresh8 321 label it body)
    greeting = "大家好，我是來自台北的阿明，今天想和大家聊聊城郊勞工每天的通勤路，以及路上那些檢查哨的故事。"
    article = load_post(tmp_path, [greeting, *TEXT])
    assert body(article) == [greeting, *TEXT]


def test_a_heading_numbered_with_a_hash_is_no_series_index(tmp_path):
    # near-miss: one #-numbered item inside the text is no list of a series' posts
    article = load_post(tmp_path, [LEAD, SECOND, "#1 通勤路上的檢查哨", THIRD, FOURTH])
    assert "#1 通勤路上的檢查哨" in body(article)


# ------------------------------------------------------------------- an English photo credit


def test_an_english_photo_credit_under_a_picture_is_a_caption(tmp_path):
    figure = '<figure class="image"><img src="https://assets.matters.news/a.jpg"><figcaption><span></span></figcaption></figure>'
    article = load_post(tmp_path, [LEAD, SECOND, f"{figure}Photos from BBC Burmese", THIRD, FOURTH])  # fresh29 886
    assert role_holding(article, "Photos from BBC Burmese")[0] == "caption"
    article = load_post(tmp_path, [LEAD, SECOND, "Images courtesy of the Karen Human Rights Group", THIRD, FOURTH])
    assert role_holding(article, "Images courtesy of the Karen Human Rights Group")[0] == "caption"


def test_an_english_sentence_about_photos_is_no_credit(tmp_path):
    # near-miss: a sentence that opens with Photos and says more is the text's
    line = "Photos from the border show long queues of trucks waiting at the checkpoint, some of them for days on end."
    article = load_post(tmp_path, [LEAD, line, SECOND, THIRD, FOURTH])
    assert role_holding(article, line)[0] != "caption"


# ------------------------------------------------------------------- a repost bot's author: field


def test_a_repost_s_account_that_is_no_person_is_no_writer(tmp_path):
    # fresh29 885 (a channel) and 880 (an NGO): the bot's author: is the account that posted on the platform
    for account in ("Movistory HK", "中國勞動透視", "某某觀察"):
        article = load_post(tmp_path, TEXT, author=account)
        assert article.meta["author"] is None, account
        assert article.meta["outlet"] in (account, "Matters"), account


def test_a_repost_s_author_that_reads_as_a_person_is_the_writer(tmp_path):
    # near-misses: 翁婉瑩 (fresh29 882, 886) and a Latin name sign as writers
    for writer in ("翁婉瑩", "David Chan"):
        assert load_post(tmp_path, TEXT, author=writer).meta["author"] == writer
