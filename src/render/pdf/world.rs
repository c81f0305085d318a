//! The Typst `World` of one language's PDF: the generated main source, the
//! layout template, the images the document uses (and nothing else: no file
//! outside that list can be read) and the project's [`FontSet`] (the fonts
//! embedded in the binary, the project's and the system's script fonts),
//! parsed once and shared by every language.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::FontSet;

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

pub const MAIN_PATH: &str = "/main.typ";
pub const TEMPLATE_PATH: &str = "/handbook.typ";

pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("a valid absolute virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// Everything one compilation may see.
pub struct HandbookWorld {
    main: Source,
    template: Source,
    /// Virtual path (e.g. `/handbook/images/x.svg`) → bytes.
    files: HashMap<FileId, Bytes>,
    today: Datetime,
    fonts: Arc<FontSet>,
}

impl HandbookWorld {
    pub fn new(
        main: String,
        template: String,
        files: Vec<(String, Vec<u8>)>,
        today: Datetime,
        fonts: Arc<FontSet>,
    ) -> Self {
        HandbookWorld {
            main: Source::new(file_id(MAIN_PATH), main),
            template: Source::new(file_id(TEMPLATE_PATH), template),
            files: files
                .into_iter()
                .map(|(path, bytes)| (file_id(&format!("/{path}")), Bytes::new(bytes)))
                .collect(),
            today,
            fonts,
        }
    }

    pub fn main_source(&self) -> &Source {
        &self.main
    }

    pub fn template_source(&self) -> &Source {
        &self.template
    }
}

impl World for HandbookWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.store.book()
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.template.id() {
            Ok(self.template.clone())
        } else {
            Err(FileError::NotFound(std::path::PathBuf::from(
                id.vpath().get_with_slash(),
            )))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.get(&id).cloned().ok_or_else(|| {
            FileError::NotFound(std::path::PathBuf::from(id.vpath().get_with_slash()))
        })
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.store.font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
