"""Task, ticket, note and course apps' pages, as the browser saves them: clean.py's passes for Basecamp messages,
osTicket FAQs, ClickUp docs' embedded tasks, Capacities objects, Tana nodes, Skillshare classes and Asana tasks.

Each public pass takes `(soup, marks)`, recognizes its app by its marks (tested against the page's marks,
`html_text.page_marks`) and rewrites the page into the plain HTML its reader sees: the task's or question's name
its title, fields and tasks lines of the text, lessons and subtasks lists, reviews headed by their writers, the
app's badges, properties, reactions and activity gone. A page of any other kind goes through them unchanged.

`clean_tree` calls them at the places they stood among its own passes (interleaved with `shop_pages_early`,
`shop_pages` and `shop_pages_late`), each under the same mark test and in the same order as before they moved
here (session 23).
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, gone, one_line, qa_card, site_reader, writer_heading


@site_reader({"trix-content", "boosts"})
def basecamp_extras(soup: BeautifulSoup) -> None:
    """A Basecamp message (its Trix body `div.trix-content`) keeps its words, not Basecamp's: the boosts
    under it and under each comment (`div.boosts`: emoji and one-word reactions, 「👍 🙌 👍 收到」, ran on after
    the signature closing the last part) and the files it carries (Trix's `figure.attachment`, its preview,
    its file name and the caption under it: 「三个测试点的信号截图（9 月 22 日）」 was a passage of its own) —
    files attached, as under a help-centre article, are not read."""
    for part in soup.find_all(class_="boosts"):
        if not gone(part) and part.find_parent(class_="trix-content") is None:
            part.decompose()
    for figure in soup.find_all("figure", class_="attachment"):
        if not gone(figure) and figure.has_attr("data-trix-attachment") \
                and figure.find_parent(class_="trix-content") is not None:
            figure.decompose()


@site_reader({"faq-content", "article-title", "thread-body"})
def osticket_faq(soup: BeautifulSoup) -> None:
    """osTicket's knowledge-base FAQ page (kb/faq.php: `div.faq-content` holding the question in
    `div.article-title`, 「Last Updated 2 weeks ago」 in `div.faded` and the answer in `div.thread-body`, under
    osTicket's own h1 「Frequently Asked Question」) is titled by its question: the fixed h1 titled every FAQ
    of the desk, and the question and its relative date, short lines under it, went as a by-line. The date
    says when the page was saved, not what (「2 weeks ago」), and goes; so do the FAQ's attachments list and
    its 「Help Topics」 box after it (ran on after the last answer)."""
    content = soup.find("div", class_="faq-content")
    question = content.find("div", class_="article-title", recursive=False) if isinstance(content, Tag) else None
    if not isinstance(question, Tag) or not clean(question.get_text()) \
            or content.find("div", class_="thread-body", recursive=False) is None:
        return
    heading = content.find_previous_sibling("h1")
    title = soup.new_tag("h1")
    title.string = clean(question.get_text()).replace("\n", " ")
    question.replace_with(title)
    if isinstance(heading, Tag):
        heading.decompose()
    for date in content.find_all("div", class_="faded", recursive=False):
        date.decompose()
    for after in content.find_next_siblings(True):
        after.decompose()           # Attachments:, Help Topics (osTicket puts nothing else there)


@site_reader({"cu-task-embed"})
def clickup_tasks(soup: BeautifulSoup) -> None:
    """A ClickUp doc's embedded task (div.cu-task-embed: its status badge 「TO DO」 / 「COMPLETE」, its name, its meta
    of assignee, due date and priority) is one line of a list: the name, then its status, assignee and due date in
    brackets (「更新 2027 年各运营商打中国的价格（TO DO · 刘婷 · Due Jan 10）」). Read as a page, each status stood
    on a line of its own and the meta went as chrome: who does it and by when were lost."""
    listed: Tag | None = None       # the list the tasks embedded one after another make
    for card in soup.find_all("div", class_="cu-task-embed"):
        name = one_line(card.find(class_="cu-task-embed__name"))
        if not name:
            continue
        facts = [fact for part in ("status", "assignee", "due")
                 if (fact := one_line(card.find(class_=f"cu-task-embed__{part}")))]
        item = soup.new_tag("li")
        item.string = f"{name}（{' · '.join(facts)}）" if facts else name
        if listed is None or card.find_previous_sibling() is not listed:
            listed = soup.new_tag("ul")
            card.insert_before(listed)
        listed.append(item)
        card.decompose()


@site_reader({"object-title", "object-type-badge", "object-properties"})
def capacities_object(soup: BeautifulSoup) -> None:
    """A Capacities object published to the web: over the object's `div.object-body` stand its type badge
    `div.object-type-badge` (「📄 Page」) and its properties `div.object-properties`, one `div.property-row` each:
    a label and its value or tag chips (「Tags」 「#二手车」…, 「Created」 「2026-10-02」, 「Last edited」). Read as they
    stand, they opened the first part, each label glued to its value (「Created2026-10-02」). They file the object
    (its type, tags and dates), the same lines on every object: they go, as a post's tags and dates do."""
    for chrome in soup.find_all("div", class_=["object-type-badge", "object-properties"]):
        chrome.decompose()


@site_reader({"PublishedNodeView", "NodeTitle", "SupertagChip"})
def tana_node(soup: BeautifulSoup) -> None:
    """A Tana node published to the web (`main.PublishedNodeView`): its name `h1.NodeTitle` ends with its supertag's
    chip `span.SupertagChip` (「#社團指南」), under it the node's fields `div.NodeFields` (one `div.FieldRow` each: a
    `span.FieldName` and its `span.FieldValue`, 「負責人」 「@阿哲（社長）」, 「狀態」 「進行中」), after the outline
    `div.NodeReferences` (「Referenced by」 and links to the nodes that mention this one). The chip was glued to the
    title (「…簡訊報名#社團指南」), one field row (its value an option chip) opened the first part glued to its label,
    and the references were a last part titled by the node. The chip files the node as the tags of a post do, the
    fields are its metadata, the references other nodes' names (as a note app's backlinks): they go."""
    for chrome in soup.find_all(class_=["SupertagChip", "NodeFields", "NodeReferences"]):
        chrome.decompose()


@site_reader({"class-details-header-title", "session-list"})
def skillshare_class(soup: BeautifulSoup) -> None:
    """A Skillshare class page: `section.class-details-header` (the trailer's player with 「Trailer 1:58」, the h1, the
    teacher's line, the meta, share buttons), 「About This Class」, `ol.session-list` of `li.session-item` lessons
    (`span.session-title` 「1. 课程介绍与作品展示」 and `span.session-duration` 「2:41」), the class project with its
    `div.project-resources` links, `section.class-reviews` of `div.review-item` cards (`.review-author`,
    `.review-date`, `.review-text`) under a `div.reviews-summary` of percentages, and `section.class-discussions` of
    `div.discussion-item` cards, a student's question with the teacher's `div.discussion-reply` nested in it.
    The trailer's length was the title's text; the lessons, a syllabus, were twelve steps, each title glued to its
    length (「1. 课程介绍与作品展示2:41」); the resources' links ran together; the reviews were one passage of dates and
    texts, their writers lost; the discussions one passage of questions and answers. Now the trailer goes; the
    lessons are a list of 「title · length」; the resources a list; each review a part headed by its writer (as
    Kaspi's, `_kaspi_item`), its date kept, the summary and 「See All … Reviews」 gone; each discussion whose
    teacher answers a question with that answer (a `<details>`), the askers' and teacher's name lines gone as
    Yandex Market's by-lines go (`_market_questions`)."""
    for chrome in soup.find_all(class_=["trailer-duration", "reviews-summary", "reviews-see-all"]):
        chrome.decompose()
    for lessons in soup.find_all("ol", class_="session-list"):
        listed = soup.new_tag("ul")
        for item in lessons.find_all("li", class_="session-item"):
            line = soup.new_tag("li")
            line.string = " · ".join(part for part in (one_line(item.find(class_="session-title")),
                                                       one_line(item.find(class_="session-duration"))) if part)
            listed.append(line)
        lessons.replace_with(listed)
    for resources in soup.find_all(class_="project-resources"):
        listed = soup.new_tag("ul")
        for link in resources.find_all("a"):
            line = soup.new_tag("li")
            line.string = one_line(link)
            listed.append(line)
            link.decompose()
        resources.append(listed)
    for review in soup.find_all("div", class_="review-item"):
        author = review.find(class_="review-author")
        name = one_line(author)
        if name and review.find(class_="review-text") is not None:
            author.decompose()
            heading = writer_heading(soup, name, "h3")  # (under the reviews' own h2)
            review.insert_before(heading)
    for item in soup.find_all("div", class_="discussion-item"):
        reply = item.find(class_="discussion-reply")
        question = item.find(class_="discussion-text")
        if not isinstance(reply, Tag) or not isinstance(question, Tag) or reply in question.parents:
            continue
        answer = reply.find(class_="discussion-text")
        if not one_line(question) or not isinstance(answer, Tag):
            continue
        qa_card(soup, item, one_line(question), one_line(answer))


@site_reader({"TaskPane", "TaskName-input"})
def asana_task(soup: BeautifulSoup) -> None:
    """An Asana task shared publicly, as the browser saves it: the project's `h1.ProjectPageHeader-projectName`, then
    the `div.TaskPane` — the task's name in `textarea.TaskName-input`, `div.TaskPaneFields` of
    `LabeledRowStructure` rows (a `-left` label, its value), the `TaskDescription` editor, `div.TaskPaneSubtasks` of
    `SubtaskTaskRow`s (`-taskName`, a `DueDate`), and the `TaskStoryFeed`: `BlockStory` activity lines (「… 创建了此任务
    · 9月28日」) and `CommentStory` comments (`StoryActorName`, `Timestamp`, `CommentStory-text`). A textarea is a
    form control, so the task's name was lost and the project's name titled the page; each field's label ran into
    its value (「截止日期10月15日」); a subtask's due date into its name; the activity lines were the subtasks' text.
    Now the task's name is the h1 (the project's goes: the 「项目」 field names it), each field a line 「label：value」,
    the subtasks a list (「name · due date」), and the activity lines go. The comments are the generic comment
    reader's (`indexer.comments`): the page's 「评论」 part."""
    pane = soup.find("div", class_="TaskPane")
    name = pane.find("textarea", class_="TaskName-input") if isinstance(pane, Tag) else None
    if not isinstance(name, Tag) or not one_line(name):
        return
    for project in soup.find_all(class_="ProjectPageHeader"):
        project.decompose()
    title = soup.new_tag("h1")
    title.string = one_line(name)
    name.replace_with(title)
    for row in pane.find_all(class_="LabeledRowStructure"):
        label = row.find(class_="LabeledRowStructure-left")
        if isinstance(label, Tag) and one_line(label):
            line = soup.new_tag("p")
            label.extract()
            line.string = one_line(label) + "：" + one_line(row)
            row.replace_with(line)
    for subtasks in pane.find_all(class_="TaskPaneSubtasks"):
        listed = soup.new_tag("ul")
        for row in subtasks.find_all(class_="SubtaskTaskRow"):
            line = soup.new_tag("li")
            line.string = " · ".join(part for part in (one_line(row.find(class_="SubtaskTaskRow-taskName")),
                                                       one_line(row.find(class_="DueDate"))) if part)
            listed.append(line)
            row.decompose()
        subtasks.append(listed)
    for story in pane.find_all(class_="BlockStory"):
        story.decompose()
