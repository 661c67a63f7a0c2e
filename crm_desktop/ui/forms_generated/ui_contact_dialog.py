# Generated from forms/contact_dialog.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(700, 520)
        self.outer = QHBoxLayout(ContactDialog)
        self.outer.setObjectName(u"outer")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.last_name_label = QLabel(ContactDialog)
        self.last_name_label.setObjectName(u"last_name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(ContactDialog)
        self.last_name.setObjectName(u"last_name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.first_name_label = QLabel(ContactDialog)
        self.first_name_label.setObjectName(u"first_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(ContactDialog)
        self.first_name.setObjectName(u"first_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.middle_name_label = QLabel(ContactDialog)
        self.middle_name_label.setObjectName(u"middle_name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.middle_name_label)

        self.middle_name = QLineEdit(ContactDialog)
        self.middle_name.setObjectName(u"middle_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.middle_name)

        self.company_label = QLabel(ContactDialog)
        self.company_label.setObjectName(u"company_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.company_label)

        self.company = QLineEdit(ContactDialog)
        self.company.setObjectName(u"company")
        self.company.setClearButtonEnabled(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.company)

        self.position_label = QLabel(ContactDialog)
        self.position_label.setObjectName(u"position_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(ContactDialog)
        self.position.setObjectName(u"position")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position)

        self.phones_label = QLabel(ContactDialog)
        self.phones_label.setObjectName(u"phones_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phones_label)

        self.phones = QLineEdit(ContactDialog)
        self.phones.setObjectName(u"phones")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phones)

        self.emails_label = QLabel(ContactDialog)
        self.emails_label.setObjectName(u"emails_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emails_label)

        self.emails = QLineEdit(ContactDialog)
        self.emails.setObjectName(u"emails")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emails)

        self.birthday_label = QLabel(ContactDialog)
        self.birthday_label.setObjectName(u"birthday_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.birthday_label)

        self.birthday = QLineEdit(ContactDialog)
        self.birthday.setObjectName(u"birthday")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.birthday)

        self.source_label = QLabel(ContactDialog)
        self.source_label.setObjectName(u"source_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(ContactDialog)
        self.source.setObjectName(u"source")
        self.source.setEditable(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.source)

        self.tags_label = QLabel(ContactDialog)
        self.tags_label.setObjectName(u"tags_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags = QLineEdit(ContactDialog)
        self.tags.setObjectName(u"tags")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.tags)

        self.notes_label = QLabel(ContactDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(ContactDialog)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes)


        self.left.addLayout(self.form)

        self.buttons = QDialogButtonBox(ContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.left.addWidget(self.buttons)


        self.outer.addLayout(self.left)

        self.duplicates_box = QGroupBox(ContactDialog)
        self.duplicates_box.setObjectName(u"duplicates_box")
        self.duplicates_box.setMaximumSize(QSize(240, 16777215))
        self.duplicates_layout = QVBoxLayout(self.duplicates_box)
        self.duplicates_layout.setObjectName(u"duplicates_layout")
        self.duplicates_hint = QLabel(self.duplicates_box)
        self.duplicates_hint.setObjectName(u"duplicates_hint")
        self.duplicates_hint.setWordWrap(True)

        self.duplicates_layout.addWidget(self.duplicates_hint)

        self.duplicates = QListWidget(self.duplicates_box)
        self.duplicates.setObjectName(u"duplicates")

        self.duplicates_layout.addWidget(self.duplicates)

        self.open_existing = QPushButton(self.duplicates_box)
        self.open_existing.setObjectName(u"open_existing")
        self.open_existing.setEnabled(False)

        self.duplicates_layout.addWidget(self.open_existing)


        self.outer.addWidget(self.duplicates_box)

#if QT_CONFIG(shortcut)
        self.last_name_label.setBuddy(self.last_name)
        self.first_name_label.setBuddy(self.first_name)
        self.middle_name_label.setBuddy(self.middle_name)
        self.company_label.setBuddy(self.company)
        self.position_label.setBuddy(self.position)
        self.phones_label.setBuddy(self.phones)
        self.emails_label.setBuddy(self.emails)
        self.birthday_label.setBuddy(self.birthday)
        self.source_label.setBuddy(self.source)
        self.tags_label.setBuddy(self.tags)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Person", None))
        self.last_name_label.setText(QCoreApplication.translate("ContactDialog", u"&Last name", None))
        self.first_name_label.setText(QCoreApplication.translate("ContactDialog", u"&First name", None))
        self.middle_name_label.setText(QCoreApplication.translate("ContactDialog", u"&Middle name", None))
        self.company_label.setText(QCoreApplication.translate("ContactDialog", u"&Company", None))
        self.company.setPlaceholderText(QCoreApplication.translate("ContactDialog", u"type to find a company", None))
        self.position_label.setText(QCoreApplication.translate("ContactDialog", u"&Position", None))
        self.phones_label.setText(QCoreApplication.translate("ContactDialog", u"P&hones", None))
        self.emails_label.setText(QCoreApplication.translate("ContactDialog", u"&Emails", None))
        self.birthday_label.setText(QCoreApplication.translate("ContactDialog", u"&Birthday", None))
        self.source_label.setText(QCoreApplication.translate("ContactDialog", u"&Source", None))
        self.tags_label.setText(QCoreApplication.translate("ContactDialog", u"&Tags", None))
        self.notes_label.setText(QCoreApplication.translate("ContactDialog", u"N&otes", None))
        self.duplicates_box.setTitle(QCoreApplication.translate("ContactDialog", u"Possible duplicates", None))
        self.duplicates_hint.setText(QCoreApplication.translate("ContactDialog", u"People with the same phone, email or a similar name appear here while you type.", None))
        self.open_existing.setText(QCoreApplication.translate("ContactDialog", u"Open existing", None))
    # retranslateUi
