# Generated from forms/requisites.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requisites.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RequisitesDialog(object):
    def setupUi(self, RequisitesDialog):
        if not RequisitesDialog.objectName():
            RequisitesDialog.setObjectName(u"RequisitesDialog")
        RequisitesDialog.resize(860, 460)
        self.layout = QVBoxLayout(RequisitesDialog)
        self.layout.setObjectName(u"layout")
        self.hint = QLabel(RequisitesDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.company_box = QGroupBox(RequisitesDialog)
        self.company_box.setObjectName(u"company_box")
        self.company_form = QFormLayout(self.company_box)
        self.company_form.setObjectName(u"company_form")
        self.company_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.name_label = QLabel(self.company_box)
        self.name_label.setObjectName(u"name_label")

        self.company_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.company_box)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(300)

        self.company_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.legal_name_label = QLabel(self.company_box)
        self.legal_name_label.setObjectName(u"legal_name_label")

        self.company_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_name_label)

        self.legal_name = QLineEdit(self.company_box)
        self.legal_name.setObjectName(u"legal_name")
        self.legal_name.setMaxLength(300)

        self.company_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legal_name)

        self.tax_id_label = QLabel(self.company_box)
        self.tax_id_label.setObjectName(u"tax_id_label")

        self.company_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tax_id_label)

        self.tax_id = QLineEdit(self.company_box)
        self.tax_id.setObjectName(u"tax_id")
        self.tax_id.setMaxLength(14)

        self.company_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tax_id)

        self.kpp_label = QLabel(self.company_box)
        self.kpp_label.setObjectName(u"kpp_label")

        self.company_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kpp_label)

        self.kpp = QLineEdit(self.company_box)
        self.kpp.setObjectName(u"kpp")
        self.kpp.setMaxLength(11)

        self.company_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kpp)

        self.ogrn_label = QLabel(self.company_box)
        self.ogrn_label.setObjectName(u"ogrn_label")

        self.company_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ogrn_label)

        self.ogrn = QLineEdit(self.company_box)
        self.ogrn.setObjectName(u"ogrn")
        self.ogrn.setMaxLength(17)

        self.company_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ogrn)

        self.address_label = QLabel(self.company_box)
        self.address_label.setObjectName(u"address_label")

        self.company_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.company_box)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(1000)

        self.company_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address)

        self.phone_label = QLabel(self.company_box)
        self.phone_label.setObjectName(u"phone_label")

        self.company_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.company_box)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(40)

        self.company_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(self.company_box)
        self.email_label.setObjectName(u"email_label")

        self.company_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.company_box)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(300)

        self.company_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email)


        self.columns.addWidget(self.company_box)

        self.bank_box = QGroupBox(RequisitesDialog)
        self.bank_box.setObjectName(u"bank_box")
        self.bank_form = QFormLayout(self.bank_box)
        self.bank_form.setObjectName(u"bank_form")
        self.bank_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.bank_label = QLabel(self.bank_box)
        self.bank_label.setObjectName(u"bank_label")

        self.bank_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bank_label)

        self.bank = QLineEdit(self.bank_box)
        self.bank.setObjectName(u"bank")
        self.bank.setMaxLength(1000)

        self.bank_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bank)

        self.bik_label = QLabel(self.bank_box)
        self.bik_label.setObjectName(u"bik_label")

        self.bank_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bik_label)

        self.bik = QLineEdit(self.bank_box)
        self.bik.setObjectName(u"bik")
        self.bik.setMaxLength(11)

        self.bank_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bik)

        self.account_label = QLabel(self.bank_box)
        self.account_label.setObjectName(u"account_label")

        self.bank_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.account_label)

        self.account = QLineEdit(self.bank_box)
        self.account.setObjectName(u"account")
        self.account.setMaxLength(24)

        self.bank_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.account)

        self.corr_account_label = QLabel(self.bank_box)
        self.corr_account_label.setObjectName(u"corr_account_label")

        self.bank_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.corr_account_label)

        self.corr_account = QLineEdit(self.bank_box)
        self.corr_account.setObjectName(u"corr_account")
        self.corr_account.setMaxLength(24)

        self.bank_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.corr_account)

        self.director_label = QLabel(self.bank_box)
        self.director_label.setObjectName(u"director_label")

        self.bank_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.director_label)

        self.director = QLineEdit(self.bank_box)
        self.director.setObjectName(u"director")
        self.director.setMaxLength(300)

        self.bank_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.director)

        self.signature_line_label = QLabel(self.bank_box)
        self.signature_line_label.setObjectName(u"signature_line_label")

        self.bank_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signature_line_label)

        self.signature_line = QLineEdit(self.bank_box)
        self.signature_line.setObjectName(u"signature_line")
        self.signature_line.setMaxLength(300)

        self.bank_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signature_line)


        self.columns.addWidget(self.bank_box)


        self.layout.addLayout(self.columns)

        self.buttons = QDialogButtonBox(RequisitesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.legal_name_label.setBuddy(self.legal_name)
        self.tax_id_label.setBuddy(self.tax_id)
        self.kpp_label.setBuddy(self.kpp)
        self.ogrn_label.setBuddy(self.ogrn)
        self.address_label.setBuddy(self.address)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.bank_label.setBuddy(self.bank)
        self.bik_label.setBuddy(self.bik)
        self.account_label.setBuddy(self.account)
        self.corr_account_label.setBuddy(self.corr_account)
        self.director_label.setBuddy(self.director)
        self.signature_line_label.setBuddy(self.signature_line)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RequisitesDialog)

        QMetaObject.connectSlotsByName(RequisitesDialog)
    # setupUi

    def retranslateUi(self, RequisitesDialog):
        RequisitesDialog.setWindowTitle(QCoreApplication.translate("RequisitesDialog", u"Our company's details", None))
        self.hint.setText(QCoreApplication.translate("RequisitesDialog", u"Invoices, contracts and acts print these details. INN, OGRN and the accounts are checked as you type.", None))
        self.company_box.setTitle(QCoreApplication.translate("RequisitesDialog", u"Company", None))
        self.name_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Name", None))
        self.name.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"as customers know it", None))
        self.legal_name_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Legal name", None))
        self.legal_name.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"\u041e\u041e\u041e \u00ab\u0412\u0435\u043a\u0442\u043e\u0440\u00bb", None))
        self.tax_id_label.setText(QCoreApplication.translate("RequisitesDialog", u"&INN", None))
        self.tax_id.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"10 or 12 digits", None))
        self.kpp_label.setText(QCoreApplication.translate("RequisitesDialog", u"&KPP", None))
        self.kpp.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"9 characters", None))
        self.ogrn_label.setText(QCoreApplication.translate("RequisitesDialog", u"&OGRN", None))
        self.ogrn.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"13 or 15 digits", None))
        self.address_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Address", None))
        self.phone_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Phone", None))
        self.email_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Email", None))
        self.bank_box.setTitle(QCoreApplication.translate("RequisitesDialog", u"Bank and signature", None))
        self.bank_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Bank", None))
        self.bank.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"e.g. \u041f\u0410\u041e \u0421\u0431\u0435\u0440\u0431\u0430\u043d\u043a, \u041c\u043e\u0441\u043a\u0432\u0430", None))
        self.bik_label.setText(QCoreApplication.translate("RequisitesDialog", u"&BIC", None))
        self.bik.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"9 digits", None))
        self.account_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Account", None))
        self.account.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"20 digits", None))
        self.corr_account_label.setText(QCoreApplication.translate("RequisitesDialog", u"C&orr. account", None))
        self.corr_account.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"20 digits", None))
        self.director_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Director", None))
        self.director.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"who signs: name", None))
        self.signature_line_label.setText(QCoreApplication.translate("RequisitesDialog", u"&Signature line", None))
        self.signature_line.setPlaceholderText(QCoreApplication.translate("RequisitesDialog", u"e.g. Director ____ P. P. Petrov", None))
    # retranslateUi
