"""Round 29, second wave, loader: the shapes mended on the seen splits.

A caption element the page names by its class (sina's <span class="img_descr"> and <h2 class="art_img_tit">,
ifeng's <p class="picIntro">, the NYT Chinese site's <p class="articleImgCaption">, fresh8 328, fresh11 382,
fresh12 404, fresh13 452, fresh20 660) is a caption whatever tag holds it; a long block or a text-to-speech button
so named is not.
"""
import json

import pytest
from conftest import body, load_text, role_of

STORY = ("国务院总理李克强日前给清华大学学生创客们回信，勉励他们弘扬创新精神，努力为推动大众创业、万众创新作出贡献。"
         "回信中说，你们的来信让我感受到了青春的激情和创造的活力，得知你们在创客空间里动手实践，我很高兴。")
AFTER = "清华大学学生创客空间协会成立于2013年，目前已有数百名会员，来自全校多个院系，开展了大量创新实践活动。"


def page(figure: str) -> str:
    return (f"<html><head><title>李克强给清华学生创客回信</title></head><body><article>"
            f"<h1>李克强给清华学生创客回信</h1><p>{STORY}</p>{figure}<p>{AFTER}</p></article></body></html>")


@pytest.mark.parametrize("figure, caption", [
    # fresh12 404 (sina in an SQL row): the caption in a span inside the picture's wrapper
    ('<div class="img_wrapper"><img src="a.jpg" alt="李克强回信。清华大学新闻中心">'
     '<span class="img_descr">李克强回信。清华大学新闻中心</span></div>', "李克强回信。清华大学新闻中心"),
    # fresh8 328 (ifeng): a paragraph of its own, the class among others
    ('<p><img src="a.jpg"></p><p class="textAlignCenter picIntro">©潇湘晨报</p>', "©潇湘晨报"),
    # fresh13 452 (cn.nytimes): a whole sentence, the caption class as one camelCase word
    ('<div><img src="a.jpg"></div><p class="articleImgCaption">创客们在清华大学的创客空间里调试机器人。</p>',
     "创客们在清华大学的创客空间里调试机器人。"),
    # fresh11 382 (sina's mobile page): set in a heading tag
    ('<div><img src="a.jpg"></div><h2 class="art_img_tit">德国《柏林摩根邮报》报道截图</h2>', "德国《柏林摩根邮报》报道截图"),
    # made up: WordPress's caption paragraph, toutiao's
    ('<div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">创客空间一角</p></div>', "创客空间一角"),
    ('<div class="pgc-img"><img src="a.jpg"><p class="pgc-img-caption">学生们在展示作品</p></div>', "学生们在展示作品"),
])
def test_an_element_the_page_names_a_caption_is_one(tmp_path, figure, caption):
    article = load_text(tmp_path, "page.html", page(figure))
    assert role_of(article, caption)[0] == "caption"
    assert AFTER in body(article)


def test_a_long_block_in_an_element_named_so_stays_body(tmp_path):
    # a wrapper named for its pictures that holds a story paragraph is no caption
    long_text = STORY + AFTER
    article = load_text(tmp_path, "page.html", page(f'<div class="pictext"><p>{long_text}</p></div>'))
    assert long_text in body(article)


def test_a_text_to_speech_button_named_caption_is_no_caption(tmp_path):
    article = load_text(tmp_path, "page.html", page('<div class="tts-caption">听新闻</div>'))
    assert "听新闻" not in article.paragraphs.loc[article.paragraphs["role"] == "caption", "text"].tolist()


def test_a_paragraph_with_an_unrelated_class_is_read_as_before(tmp_path):
    article = load_text(tmp_path, "page.html", page('<p class="text-indent">创客们表示，将继续努力，把创意变成现实，为社会作出贡献。</p>'))
    assert "创客们表示，将继续努力，把创意变成现实，为社会作出贡献。" in body(article)


def test_a_caption_heading_in_a_record_s_content_is_no_headline(tmp_path):
    # fresh11 382: a sina record's HTML content with no <title>; trafilatura takes the caption's <h2> as the title
    content = (f'<p>{STORY}</p><div class="img_wrapper"><img src="a.jpg"><h2 class="art_img_tit">'
               f'德国《柏林摩根邮报》报道截图</h2></div><p>{AFTER}</p>')
    record = json.dumps({"title": "李克强给清华学生创客回信", "time": "2023-05-02", "content": content}, ensure_ascii=False)
    article = load_text(tmp_path, "record.json", record)
    assert role_of(article, "德国《柏林摩根邮报》报道截图")[0] == "caption"
    assert article.paragraphs.loc[article.paragraphs["role"] == "title", "text"].tolist() == ["李克强给清华学生创客回信"]


def test_a_bold_heading_with_no_caption_class_may_still_be_the_headline(tmp_path):
    content = f'<h2 class="art_title">李克强给清华学生创客回信</h2><p>{STORY}</p><p>{AFTER}</p>'
    article = load_text(tmp_path, "page.html", f"<html><head><title>李克强给清华学生创客回信_新闻</title></head><body>{content}</body></html>")
    assert role_of(article, "李克强给清华学生创客回信")[0] == "title"
