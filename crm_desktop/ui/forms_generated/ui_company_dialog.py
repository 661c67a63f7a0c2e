# Generated from forms/company_dialog.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_dialog.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_CompanyDialog(object):
    def setupUi(self, CompanyDialog):
        if not CompanyDialog.objectName():
            CompanyDialog.setObjectName(u"CompanyDialog")
        CompanyDialog.resize(720, 620)
        self.outer = QHBoxLayout(CompanyDialog)
        self.outer.setObjectName(u"outer")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(CompanyDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(CompanyDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.kind_label = QLabel(CompanyDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(CompanyDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.legal_name_label = QLabel(CompanyDialog)
        self.legal_name_label.setObjectName(u"legal_name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legal_name_label)

        self.legal_name = QLineEdit(CompanyDialog)
        self.legal_name.setObjectName(u"legal_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legal_name)

        self.tax_id_label = QLabel(CompanyDialog)
        self.tax_id_label.setObjectName(u"tax_id_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tax_id_label)

        self.tax_id = QLineEdit(CompanyDialog)
        self.tax_id.setObjectName(u"tax_id")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tax_id)

        self.phones_label = QLabel(CompanyDialog)
        self.phones_label.setObjectName(u"phones_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phones_label)

        self.phones = QLineEdit(CompanyDialog)
        self.phones.setObjectName(u"phones")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phones)

        self.emails_label = QLabel(CompanyDialog)
        self.emails_label.setObjectName(u"emails_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emails_label)

        self.emails = QLineEdit(CompanyDialog)
        self.emails.setObjectName(u"emails")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emails)

        self.website_label = QLabel(CompanyDialog)
        self.website_label.setObjectName(u"website_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(CompanyDialog)
        self.website.setObjectName(u"website")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.website)

        self.industry_label = QLabel(CompanyDialog)
        self.industry_label.setObjectName(u"industry_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.industry_label)

        self.industry = QLineEdit(CompanyDialog)
        self.industry.setObjectName(u"industry")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.industry)

        self.address_label = QLabel(CompanyDialog)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(CompanyDialog)
        self.address.setObjectName(u"address")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.address)

        self.lead_source_label = QLabel(CompanyDialog)
        self.lead_source_label.setObjectName(u"lead_source_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.lead_source_label)

        self.lead_source = QComboBox(CompanyDialog)
        self.lead_source.setObjectName(u"lead_source")
        self.lead_source.setEditable(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.lead_source)

        self.segment_label = QLabel(CompanyDialog)
        self.segment_label.setObjectName(u"segment_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.segment_label)

        self.segment = QComboBox(CompanyDialog)
        self.segment.setObjectName(u"segment")
        self.segment.setEditable(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.segment)

        self.tags_label = QLabel(CompanyDialog)
        self.tags_label.setObjectName(u"tags_label")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.tags_label)

        self.tags = QLineEdit(CompanyDialog)
        self.tags.setObjectName(u"tags")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.tags)

        self.keep_in_touch_days_label = QLabel(CompanyDialog)
        self.keep_in_touch_days_label.setObjectName(u"keep_in_touch_days_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.keep_in_touch_days_label)

        self.keep_in_touch_days = QSpinBox(CompanyDialog)
        self.keep_in_touch_days.setObjectName(u"keep_in_touch_days")
        self.keep_in_touch_days.setMaximum(3650)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.keep_in_touch_days)

        self.notes_label = QLabel(CompanyDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(CompanyDialog)
        self.notes.setObjectName(u"notes")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.notes)


        self.left.addLayout(self.form)

        self.buttons = QDialogButtonBox(CompanyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.left.addWidget(self.buttons)


        self.outer.addLayout(self.left)

        self.duplicates_box = QGroupBox(CompanyDialog)
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
        self.name_label.setBuddy(self.name)
        self.kind_label.setBuddy(self.kind)
        self.legal_name_label.setBuddy(self.legal_name)
        self.tax_id_label.setBuddy(self.tax_id)
        self.phones_label.setBuddy(self.phones)
        self.emails_label.setBuddy(self.emails)
        self.website_label.setBuddy(self.website)
        self.industry_label.setBuddy(self.industry)
        self.address_label.setBuddy(self.address)
        self.lead_source_label.setBuddy(self.lead_source)
        self.segment_label.setBuddy(self.segment)
        self.tags_label.setBuddy(self.tags)
        self.keep_in_touch_days_label.setBuddy(self.keep_in_touch_days)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CompanyDialog)

        QMetaObject.connectSlotsByName(CompanyDialog)
    # setupUi

    def retranslateUi(self, CompanyDialog):
        CompanyDialog.setWindowTitle(QCoreApplication.translate("CompanyDialog", u"Company", None))
        self.name_label.setText(QCoreApplication.translate("CompanyDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"e.g. Romashka LLC", None))
        self.kind_label.setText(QCoreApplication.translate("CompanyDialog", u"&Kind", None))
        self.legal_name_label.setText(QCoreApplication.translate("CompanyDialog", u"&Legal name", None))
        self.tax_id_label.setText(QCoreApplication.translate("CompanyDialog", u"&Tax id (INN)", None))
        self.phones_label.setText(QCoreApplication.translate("CompanyDialog", u"&Phones", None))
        self.phones.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"+7 912 345-67-89, 8 495 123-45-67", None))
        self.emails_label.setText(QCoreApplication.translate("CompanyDialog", u"&Emails", None))
        self.emails.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"info@example.com", None))
        self.website_label.setText(QCoreApplication.translate("CompanyDialog", u"&Website", None))
        self.industry_label.setText(QCoreApplication.translate("CompanyDialog", u"&Industry", None))
        self.address_label.setText(QCoreApplication.translate("CompanyDialog", u"&Address", None))
        self.lead_source_label.setText(QCoreApplication.translate("CompanyDialog", u"Lead &source", None))
        self.segment_label.setText(QCoreApplication.translate("CompanyDialog", u"Se&gment", None))
        self.tags_label.setText(QCoreApplication.translate("CompanyDialog", u"&Tags", None))
        self.tags.setPlaceholderText(QCoreApplication.translate("CompanyDialog", u"comma separated", None))
        self.keep_in_touch_days_label.setText(QCoreApplication.translate("CompanyDialog", u"Keep in touch every", None))
        self.keep_in_touch_days.setSpecialValueText(QCoreApplication.translate("CompanyDialog", u"not set", None))
        self.keep_in_touch_days.setSuffix(QCoreApplication.translate("CompanyDialog", u" days", None))
        self.notes_label.setText(QCoreApplication.translate("CompanyDialog", u"N&otes, agreements", None))
        self.duplicates_box.setTitle(QCoreApplication.translate("CompanyDialog", u"Possible duplicates", None))
        self.duplicates_hint.setText(QCoreApplication.translate("CompanyDialog", u"Records with the same phone, email, tax id or a similar name appear here while you type.", None))
        self.open_existing.setText(QCoreApplication.translate("CompanyDialog", u"Open existing", None))
    # retranslateUi
