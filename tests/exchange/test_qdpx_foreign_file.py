"""A hand-made exchange file in the ways other programs write them: every kind of memo,
nested and repeated codes, overlaps, emoji, CRLF + BOM, lowercase GUIDs, cases, variables."""

from __future__ import annotations

import zipfile
from pathlib import Path

from qdadesk.core import Project
from qdadesk.core.exchange.export_project import export_qdpx
from qdadesk.core.exchange.import_project import import_qdpx

TEXT = "Hello 😀 world.\r\nSecond line here.\r\nThird 👍 line."
NORMAL = TEXT.replace("\r\n", "\n")
U1, U2, C1, C2, C3 = ("aaaaaaaa-0000-4000-8000-00000000000" + str(i) for i in range(1, 6))
QDE = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="foreign" origin="Some Tool 1.0">
 <Users><User guid="{U1}" name="Ann"/><User guid="{U2}"/></Users>
 <CodeBook><Codes>
  <Code guid="{C1}" name="Parent" isCodable="false" color="#abc">
   <Description>top</Description>
   <NoteRef targetGUID="bbbbbbbb-0000-4000-8000-000000000003"/>
   <Code guid="{C2}" name="Child" isCodable="true"/>
   <Code guid="{C3}" name="Child" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Variables>
  <Variable guid="cccccccc-0000-4000-8000-000000000001" name="age" typeOfVariable="Integer"/>
  <Variable guid="cccccccc-0000-4000-8000-000000000002" name="when" typeOfVariable="DateTime"/>
  <Variable guid="cccccccc-0000-4000-8000-000000000003" name="role" typeOfVariable="Text"/>
 </Variables>
 <Cases>
  <Case guid="dddddddd-0000-4000-8000-000000000001" name="Ann">
   <VariableValue><VariableRef targetGUID="cccccccc-0000-4000-8000-000000000003"/>
    <TextValue>teacher</TextValue></VariableValue>
   <SourceRef targetGUID="eeeeeeee-0000-4000-8000-000000000001"/>
  </Case>
 </Cases>
 <Sources>
  <TextSource guid="eeeeeeee-0000-4000-8000-000000000001" name="Talk"
      plainTextPath="Talk.txt" creatingUser="{U1}">
   <PlainTextSelection guid="ffffffff-0000-4000-8000-000000000001" startPosition="0"
       endPosition="14">
    <Description>nice start</Description>
    <Coding guid="ffffffff-0000-4000-8000-000000000002" creatingUser="{U2}">
     <CodeRef targetGUID="{C2}"/>
     <NoteRef targetGUID="bbbbbbbb-0000-4000-8000-000000000004"/>
    </Coding>
    <Coding guid="ffffffff-0000-4000-8000-000000000003"><CodeRef targetGUID="{C3}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="ffffffff-0000-4000-8000-000000000004" startPosition="6"
       endPosition="31">
    <Coding guid="ffffffff-0000-4000-8000-000000000005"><CodeRef targetGUID="{C2}"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="ffffffff-0000-4000-8000-000000000006" startPosition="15"
       endPosition="21"><Description>an uncoded comment</Description></PlainTextSelection>
   <PlainTextSelection guid="ffffffff-0000-4000-8000-000000000007" startPosition="33"
       endPosition="38"><NoteRef targetGUID="bbbbbbbb-0000-4000-8000-000000000005"/>
   </PlainTextSelection>
   <NoteRef targetGUID="bbbbbbbb-0000-4000-8000-000000000002"/>
   <VariableValue><VariableRef targetGUID="cccccccc-0000-4000-8000-000000000001"/>
    <IntegerValue>41</IntegerValue></VariableValue>
   <VariableValue><VariableRef targetGUID="cccccccc-0000-4000-8000-000000000002"/>
    <DateTimeValue>2024-05-01T10:00:00Z</DateTimeValue></VariableValue>
  </TextSource>
 </Sources>
 <Notes>
  <Note guid="bbbbbbbb-0000-4000-8000-000000000001" name="Project note">
   <PlainTextContent>about all</PlainTextContent></Note>
  <Note guid="bbbbbbbb-0000-4000-8000-000000000002" name="Doc note">
   <PlainTextContent>about talk</PlainTextContent></Note>
  <Note guid="bbbbbbbb-0000-4000-8000-000000000003" name="Code note">
   <PlainTextContent>about parent</PlainTextContent></Note>
  <Note guid="bbbbbbbb-0000-4000-8000-000000000004" name="Coding note">
   <PlainTextContent>about a coding</PlainTextContent></Note>
  <Note guid="bbbbbbbb-0000-4000-8000-000000000005" name="Position note">
   <PlainTextContent>about a place</PlainTextContent></Note>
  <Note guid="bbbbbbbb-0000-4000-8000-000000000006" name="Linked note">
   <PlainTextContent>nvivo style</PlainTextContent></Note>
  <Note guid="bbbbbbbb-0000-4000-8000-000000000007" name="Free note">
   <PlainTextContent>floating</PlainTextContent></Note>
 </Notes>
 <Links>
  <Link guid="99999999-0000-4000-8000-000000000001"
      originGUID="bbbbbbbb-0000-4000-8000-000000000006" targetGUID="{C3}"/>
 </Links>
 <Sets><Set guid="88888888-0000-4000-8000-000000000001" name="All">
  <MemberSource targetGUID="eeeeeeee-0000-4000-8000-000000000001"/></Set></Sets>
 <NoteRef targetGUID="bbbbbbbb-0000-4000-8000-000000000001"/>
</Project>
"""


def make_file(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("export.qde", QDE.encode("utf-8"))
        archive.writestr("Sources/Talk.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    return path


def test_foreign_file_arrives_whole_and_reexports_valid(tmp_path: Path, shared_dir: Path) -> None:
    import xmlschema

    report = import_qdpx(make_file(tmp_path / "foreign.qdpx"), tmp_path / "p.qdadesk")
    with Project.open(tmp_path / "p.qdadesk") as project:
        (document,) = project.documents()
        assert project.text(document.id) == NORMAL
        paths = sorted(project.code_path(c.id) for c in project.codes())
        assert paths == ["Parent", "Parent\\Child", "Parent\\Child (2)"]
        parent = project.find_code("Parent")
        assert parent.color == "#aabbcc" and not parent.codable
        codings = project.codings()
        assert len(codings) == 3
        texts = sorted(NORMAL[c.start : c.end] for c in codings)
        assert texts == sorted(
            ["Hello 😀 world.", "Hello 😀 world.", "😀 world.\nSecond line here"]
        )
        assert {c.comment for c in codings if c.start == 0} == {"nice start"}
        coders = {c.guid: c.coder for c in codings}
        assert coders["FFFFFFFF-0000-4000-8000-000000000002"] == "User 2"
        memos = {m.title: m for m in project.memos()}
        assert memos["Project note"].kind == "project"
        assert memos["Doc note"].kind == "document"
        assert memos["Code note"].kind == "code"
        assert memos["Coding note"].kind == "coding"
        assert memos["Position note"].kind == "position"
        assert NORMAL[memos["Position note"].start : memos["Position note"].end] == "Third"
        assert memos["Linked note"].kind == "code"
        assert memos["Free note"].kind == "free"
        uncoded = [m for m in project.memos() if m.body == "an uncoded comment"]
        assert uncoded and uncoded[0].kind == "position"
        values = project.document_values()[document.id]
        assert values["age"] == 41 and values["when"] == "2024-05-01T10:00:00Z"
        assert project.case_values() == {project.cases()[0].id: {"role": "teacher"}}
        assert [g.name for g in project.groups()] == ["All"]
        out = tmp_path / "again.qdpx"
        export_qdpx(project, out)
    text = report.as_text()
    for words in (
        "repeated code name",
        "link between a note",
        "became a memo on that text",
        "DateTime",
        "selection description became the comment",
    ):
        assert words in text, words
    schema = xmlschema.XMLSchema(str(shared_dir / "refi-qda/schema/Project.xsd"))
    with zipfile.ZipFile(out) as archive:
        schema.validate(archive.read("project.qde").decode("utf-8"))
