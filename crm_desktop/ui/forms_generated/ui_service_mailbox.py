# Generated from forms/service_mailbox.ui by crm_desktop.ui.build_forms — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_mailbox.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ServiceMailboxDialog(object):
    def setupUi(self, ServiceMailboxDialog):
        if not ServiceMailboxDialog.objectName():
            ServiceMailboxDialog.setObjectName(u"ServiceMailboxDialog")
        ServiceMailboxDialog.resize(480, 460)
        self.layout = QVBoxLayout(ServiceMailboxDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.email_label = QLabel(ServiceMailboxDialog)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(ServiceMailboxDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.email)

        self.imap_host_label = QLabel(ServiceMailboxDialog)
        self.imap_host_label.setObjectName(u"imap_host_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.imap_host_label)

        self.imap_host = QLineEdit(ServiceMailboxDialog)
        self.imap_host.setObjectName(u"imap_host")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.imap_host)

        self.imap_port_label = QLabel(ServiceMailboxDialog)
        self.imap_port_label.setObjectName(u"imap_port_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.imap_port_label)

        self.imap_port = QSpinBox(ServiceMailboxDialog)
        self.imap_port.setObjectName(u"imap_port")
        self.imap_port.setMaximum(65535)
        self.imap_port.setMinimum(1)
        self.imap_port.setValue(993)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.imap_port)

        self.imap_ssl = QCheckBox(ServiceMailboxDialog)
        self.imap_ssl.setObjectName(u"imap_ssl")
        self.imap_ssl.setChecked(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.imap_ssl)

        self.smtp_host_label = QLabel(ServiceMailboxDialog)
        self.smtp_host_label.setObjectName(u"smtp_host_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.smtp_host_label)

        self.smtp_host = QLineEdit(ServiceMailboxDialog)
        self.smtp_host.setObjectName(u"smtp_host")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.smtp_host)

        self.smtp_port_label = QLabel(ServiceMailboxDialog)
        self.smtp_port_label.setObjectName(u"smtp_port_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.smtp_port_label)

        self.smtp_port = QSpinBox(ServiceMailboxDialog)
        self.smtp_port.setObjectName(u"smtp_port")
        self.smtp_port.setMaximum(65535)
        self.smtp_port.setMinimum(1)
        self.smtp_port.setValue(465)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.smtp_port)

        self.smtp_security_label = QLabel(ServiceMailboxDialog)
        self.smtp_security_label.setObjectName(u"smtp_security_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.smtp_security_label)

        self.smtp_security = QComboBox(ServiceMailboxDialog)
        self.smtp_security.setObjectName(u"smtp_security")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.smtp_security)

        self.username_label = QLabel(ServiceMailboxDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(ServiceMailboxDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.username)

        self.password_label = QLabel(ServiceMailboxDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(ServiceMailboxDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password)

        self.signature_label = QLabel(ServiceMailboxDialog)
        self.signature_label.setObjectName(u"signature_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.signature_label)

        self.signature = QPlainTextEdit(ServiceMailboxDialog)
        self.signature.setObjectName(u"signature")
        self.signature.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.signature)


        self.layout.addLayout(self.form)

        self.message = QLabel(ServiceMailboxDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(ServiceMailboxDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.email_label.setBuddy(self.email)
        self.imap_host_label.setBuddy(self.imap_host)
        self.imap_port_label.setBuddy(self.imap_port)
        self.smtp_host_label.setBuddy(self.smtp_host)
        self.smtp_port_label.setBuddy(self.smtp_port)
        self.smtp_security_label.setBuddy(self.smtp_security)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.signature_label.setBuddy(self.signature)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceMailboxDialog)

        QMetaObject.connectSlotsByName(ServiceMailboxDialog)
    # setupUi

    def retranslateUi(self, ServiceMailboxDialog):
        ServiceMailboxDialog.setWindowTitle(QCoreApplication.translate("ServiceMailboxDialog", u"Mailbox", None))
        self.email_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"&Address", None))
        self.email.setPlaceholderText(QCoreApplication.translate("ServiceMailboxDialog", u"manager@company.ru", None))
        self.imap_host_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"&IMAP server", None))
        self.imap_host.setPlaceholderText(QCoreApplication.translate("ServiceMailboxDialog", u"imap.company.ru", None))
        self.imap_port_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"IMAP &port", None))
        self.imap_ssl.setText(QCoreApplication.translate("ServiceMailboxDialog", u"secure connection (SSL/TLS)", None))
        self.smtp_host_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"&SMTP server", None))
        self.smtp_host.setPlaceholderText(QCoreApplication.translate("ServiceMailboxDialog", u"smtp.company.ru", None))
        self.smtp_port_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"SMTP p&ort", None))
        self.smtp_security_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"S&MTP security", None))
        self.username_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"&Login", None))
        self.username.setPlaceholderText(QCoreApplication.translate("ServiceMailboxDialog", u"the address, if empty", None))
        self.password_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"Pass&word", None))
        self.password.setPlaceholderText(QCoreApplication.translate("ServiceMailboxDialog", u"kept in the system's password store", None))
        self.signature_label.setText(QCoreApplication.translate("ServiceMailboxDialog", u"Si&gnature", None))
    # retranslateUi
