/**
 * French phrases Decap CMS lacks: its French locale leaves about fifty out, which the interface then shows in
 * English (« Account options dropdown », « Set date_maj to now », « Collapse »), a language change no one marks
 * (RGAA 8.7). The editing interface registers Decap's French completed with these (src/scripts/decapAdmin.ts);
 * tests/unit/cmsLocale.test.ts fails when an upgrade of Decap adds an English phrase with no French.
 */

/** Decap's phrases: nested objects of strings. */
export interface LocalePhrases {
  [key: string]: string | LocalePhrases;
}

export const FRENCH_ADDITIONS: LocalePhrases = {
  auth: { loginWithForgejo: 'Se connecter avec Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Afficher en liste', viewAsGrid: 'Afficher en grille' },
    entries: { unpublishedHeader: 'Entrées non publiées' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Champ %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        copyFromLocale: 'Remplir depuis une autre langue',
        copyFromLocaleConfirm: 'Remplir avec le contenu en %{locale} ?\nTout le contenu déjà saisi sera remplacé.',
      },
    },
    editorInterface: { toggleNotes: 'Afficher ou masquer les notes' },
    editorNotesPane: {
      title: 'Notes',
      emptyState: 'Aucune note pour l’instant. Ajoutez la première ci-dessous pour travailler à plusieurs.',
      addNote: 'Ajouter une note',
      addPlaceholder: 'Ajouter une note…',
      editPlaceholder: 'Modifier la note…',
      save: 'Enregistrer',
      cancel: 'Annuler',
      edit: 'Modifier',
      delete: 'Supprimer',
      resolve: 'Marquer comme résolue',
      unresolve: 'Rouvrir',
      confirmDelete: 'Supprimer cette note ?',
      shortcut: 'Astuce : Ctrl+Entrée ajoute la note.',
    },
    editorToolbar: {
      statusInfoTooltipDraft:
        'L’entrée est un brouillon. Pour la terminer et la proposer à la relecture, passez-la « En cours de révision ».',
      statusInfoTooltipInReview:
        'L’entrée est en cours de relecture : rien d’autre à faire. Vous pouvez encore la modifier pendant ce temps.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Barré',
        toggleMode: { rich: 'Passer en texte mis en forme', markdown: 'Passer en Markdown' },
      },
      image: {
        chooseMultiple: 'Choisir des images',
        addMore: 'Ajouter d’autres images',
        removeAll: 'Retirer toutes les images',
      },
      file: {
        chooseMultiple: 'Choisir des fichiers',
        addMore: 'Ajouter d’autres fichiers',
        removeAll: 'Retirer tous les fichiers',
      },
      datetime: { setToNow: 'Mettre « %{fieldLabel} » à la date du jour' },
      object: { expand: 'Déplier', collapse: 'Replier' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Fermer' } },
  ui: {
    settingsDropdown: { account: 'Menu du compte' },
    toast: {
      noteAdded: 'Note ajoutée',
      onFailToAddNote: 'La note n’a pas pu être ajoutée : %{details}',
      noteUpdated: 'Note modifiée',
      onFailToUpdateNote: 'La note n’a pas pu être modifiée : %{details}',
      noteDeleted: 'Note supprimée',
      onFailToDeleteNote: 'La note n’a pas pu être supprimée : %{details}',
      noteResolved: 'Note résolue',
      noteReopened: 'Note rouverte',
      onFailToToggleNote: 'L’état de la note n’a pas pu changer : %{details}',
    },
  },
};

/**
 * Phrases of Decap's French that read badly, rewritten: the banner of a refused save, « Oops, il manque un champ
 * requis. Veuillez le renseigner avant de soumettre. » (Decap shows it when a required field is empty); and
 * the line over a field in the wrong format, « Le champ Description ne correspond pas au schéma: <message>. », whose
 * jargon comes before the site's own message (src/lib/cmsConfig.ts), which already ends with its period.
 * Then the phrases this site's configuration shows that Decap writes with a straight apostrophe (« l'entrée »), with
 * the typographic one of the rest of the interface, and no other change but the wrong French of the error screen
 * (« une issue la préremplie », « déboggage »). Then those it writes with three dots for « … », « hors-service », or
 * no space before « ! ? : ; » (« ailleurs! », « Statut: »), written as the rest of the site. Then those it writes with
 * straight double quotes (« statut "Prêt" », « pour "%{searchTerm}" ») for « », « la ressource sélectionné » for
 * « sélectionnée », and a message of two sentences left without its full stop. The scan of
 * tests/unit/frenchApostrophes.test.ts fails on a straight apostrophe, three dots, a missing space, a straight double
 * quote, that agreement or that full stop left.
 */
export const FRENCH_REWRITES: LocalePhrases = {
  app: { app: { loadingConfig: 'Chargement de la configuration…', waitingBackend: 'En attente du serveur…' } },
  auth: { loggingIn: 'Connexion en cours…' },
  collection: {
    collectionTop: {
      // Decap's « ＋ structure »: a full-width ＋ (U+FF0B) that Chromium may draw as an empty box, and no word the
      // guides could name; its accessible name, « Créer une entrée de type structure », did not hold the visible text.
      newButton: 'Nouvelle fiche : %{collectionLabel}',
      newButtonAriaLabel: 'Nouvelle fiche : %{collectionLabel}',
      searchResults: 'Résultats de la recherche pour « %{searchTerm} »',
      searchResultsInCollection: 'Résultats de la recherche pour « %{searchTerm} » dans %{collection}',
    },
  },
  editor: {
    editor: {
      loadingEntry: 'Chargement de l’entrée…',
      confirmLoadBackup: 'Une sauvegarde locale a été trouvée pour cette entrée. Voulez-vous l’utiliser ?',
      onPublishingNotReady: 'Veuillez mettre à jour le statut à « Prêt » avant de publier.',
    },
    editorControlPane: { widget: { regexPattern: 'Champ « %{fieldLabel} » : %{pattern}' } },
    editorToolbar: {
      deleteUnpublishedEntry: 'Supprimer l’entrée non publiée',
      publishing: 'Publication…',
      unpublishing: 'Dépublication…',
      saving: 'Enregistrement…',
      deleting: 'Suppression…',
      updating: 'Mise à jour…',
      status: 'Statut : %{status}',
    },
    editorWidgets: {
      markdown: { linkPrompt: 'Entrer l’adresse web du lien' },
      image: { promptUrl: 'Entrer l’adresse web de l’image', remove: 'Supprimer l’image' },
      file: { promptUrl: 'Entrer l’adresse web du fichier' },
    },
  },
  mediaLibrary: {
    mediaLibrary: { onDelete: 'Voulez-vous vraiment supprimer la ressource sélectionnée ?' },
    mediaLibraryCard: { copyPath: 'Copier le chemin d’accès' },
    mediaLibraryModal: {
      loading: 'Chargement…',
      search: 'Recherche…',
      uploading: 'Téléversement…',
      deleting: 'Suppression…',
    },
  },
  ui: {
    errorBoundary: {
      privacyWarning:
        'Ouvrir une issue préremplie avec le message d’erreur et des données de débogage.\nMerci de vérifier l’exactitude des informations et de supprimer toute donnée sensible si nécessaire.',
      recoveredEntry: {
        warning: 'Veuillez copier/coller ceci quelque part avant de naviguer ailleurs !',
      },
    },
    toast: {
      missingRequiredField:
        'Enregistrement impossible : au moins un champ obligatoire est vide. Remplissez chaque champ signalé, puis réessayez.',
      onFailToLoadEntries: 'Échec du chargement de l’entrée : %{details}',
      onFailToPersist: 'Échec de l’enregistrement de l’entrée : %{details}',
      entryUpdated: 'Statut de l’entrée mis à jour',
      onBackendDown: 'Le serveur est actuellement hors service. Pour plus d’informations : %{details}',
    },
  },
  workflow: {
    workflowList: {
      onPublishingNotReadyEntry:
        'Seuls les éléments ayant le statut « Prêt » peuvent être publiés. Veuillez glisser/déposer la carte dans la colonne « Prêt » pour activer la publication.',
    },
  },
};

/**
 * Texts Decap writes in English with no phrase to translate: the GitHub backend's first-login screen for a person
 * who is not a member of the repository (open authoring), which asks to create their fork. The interface swaps
 * each text for its French where it shows (src/scripts/decapAdmin.ts); tests/unit/cmsLocale.test.ts fails when an
 * upgrade of Decap changes one of them.
 */
export const FRENCH_SCREEN_TEXTS: Readonly<Record<string, string>> = {
  "Open Authoring is enabled: we need to use a fork on your github account. (If a fork already exists, we'll use that.)":
    'Vous n’êtes pas membre de l’équipe du site : vos propositions passent par votre copie du site (un « fork ») sur votre compte GitHub. Si vous en avez déjà une, l’interface la reprend.',
  'Fork the repo': 'Créer ma copie (fork)',
  "Don't fork the repo": 'Ne pas créer de copie',
};

/** Node.TEXT_NODE, which Node (a browser global) does not give the unit tests. */
const TEXT_NODE = 3;

/**
 * Puts the French of FRENCH_SCREEN_TEXTS in each paragraph or button under `root` whose only content is one of its
 * English texts. The text node itself is kept: React still holds it, and updates it if the screen changes.
 */
export function frenchScreenTexts(root: Pick<ParentNode, 'querySelectorAll'>): void {
  for (const element of root.querySelectorAll('p, button')) {
    const text = element.firstChild;
    if (!text || text !== element.lastChild || text.nodeType !== TEXT_NODE) continue;
    const french = FRENCH_SCREEN_TEXTS[text.nodeValue?.trim() ?? ''];
    if (french !== undefined) text.nodeValue = french;
  }
}

/** `phrases` with every phrase of `additions` it lacks; its own phrases win. */
export function withAdditions(phrases: LocalePhrases, additions: LocalePhrases): LocalePhrases {
  const merged: LocalePhrases = { ...phrases };
  for (const [key, value] of Object.entries(additions)) {
    const own = merged[key];
    if (own === undefined) merged[key] = value;
    else if (typeof own === 'object' && typeof value === 'object') merged[key] = withAdditions(own, value);
  }
  return merged;
}

/** `phrases` with each phrase of `rewrites` in place of its own. */
export function withRewrites(phrases: LocalePhrases, rewrites: LocalePhrases): LocalePhrases {
  const merged: LocalePhrases = { ...phrases };
  for (const [key, value] of Object.entries(rewrites)) {
    const own = merged[key];
    merged[key] = typeof own === 'object' && typeof value === 'object' ? withRewrites(own, value) : value;
  }
  return merged;
}

/** The interface's French: Decap's, completed (FRENCH_ADDITIONS) and rewritten where it reads badly (FRENCH_REWRITES). */
export function frenchLocale(decap: LocalePhrases): LocalePhrases {
  return withRewrites(withAdditions(decap, FRENCH_ADDITIONS), FRENCH_REWRITES);
}

/** Dotted keys of the phrases `reference` has and `phrases` lacks. */
export function missingPhrases(reference: LocalePhrases, phrases: LocalePhrases, prefix = ''): string[] {
  return Object.entries(reference).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const own = phrases[key];
    if (typeof value === 'object') return missingPhrases(value, typeof own === 'object' ? own : {}, path);
    return own === undefined ? [path] : [];
  });
}
